using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workbench.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScoreItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScoreItemRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SheetId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OldValue = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    NewValue = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    OldComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreItemRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreItemRevisions_ScoreSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "ScoreSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoreItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SheetId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreItems_ScoreSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "ScoreSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreItemRevisions_SheetId_Id",
                table: "ScoreItemRevisions",
                columns: new[] { "SheetId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreItems_SheetId_ItemCode",
                table: "ScoreItems",
                columns: new[] { "SheetId", "ItemCode" },
                unique: true);

            // Data: every score and comment of the JSON blobs becomes an item row (version 1, saved when the sheet was).
            migrationBuilder.Sql("""
                INSERT INTO "ScoreItems" ("SheetId", "ItemCode", "Value", "Comment", "UpdatedAt", "UpdatedBy", "Version")
                SELECT k.SheetId, k.Code,
                       (SELECT v.value FROM json_each(CASE WHEN json_valid(s."ScoresJson") THEN s."ScoresJson" ELSE '{}' END) v WHERE v.key = k.Code),
                       (SELECT CASE WHEN TRIM(c.value) = '' THEN NULL ELSE c.value END
                          FROM json_each(CASE WHEN json_valid(s."CommentsJson") THEN s."CommentsJson" ELSE '{}' END) c WHERE c.key = k.Code),
                       COALESCE(s."SavedAt", s."SubmittedAt", 0), NULL, 1
                FROM (SELECT s."Id" AS SheetId, j.key AS Code
                        FROM "ScoreSheets" s, json_each(CASE WHEN json_valid(s."ScoresJson") THEN s."ScoresJson" ELSE '{}' END) j
                      UNION
                      SELECT s."Id", j.key
                        FROM "ScoreSheets" s, json_each(CASE WHEN json_valid(s."CommentsJson") THEN s."CommentsJson" ELSE '{}' END) j) k
                JOIN "ScoreSheets" s ON s."Id" = k.SheetId;
                """);

            // SQLite 3.35+ drops a plain column in place, inside the migration's transaction; EF's DropColumn would rebuild
            // the table with PRAGMA foreign_keys off, outside any transaction (a start-up warning and a partial-upgrade risk).
            migrationBuilder.Sql("""ALTER TABLE "ScoreSheets" DROP COLUMN "CommentsJson";""");
            migrationBuilder.Sql("""ALTER TABLE "ScoreSheets" DROP COLUMN "ScoresJson";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CommentsJson",
                table: "ScoreSheets",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "ScoresJson",
                table: "ScoreSheets",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.Sql("""
                UPDATE "ScoreSheets" SET
                  "ScoresJson" = COALESCE((SELECT json_group_object(i."ItemCode", CAST(i."Value" AS REAL)) FROM "ScoreItems" i
                                           WHERE i."SheetId" = "ScoreSheets"."Id" AND i."Value" IS NOT NULL), '{}'),
                  "CommentsJson" = COALESCE((SELECT json_group_object(i."ItemCode", i."Comment") FROM "ScoreItems" i
                                             WHERE i."SheetId" = "ScoreSheets"."Id" AND i."Comment" IS NOT NULL), '{}');
                """);

            migrationBuilder.DropTable(
                name: "ScoreItemRevisions");

            migrationBuilder.DropTable(
                name: "ScoreItems");
        }
    }
}
