using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Workbench.App.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SheetId = table.Column<int>(type: "integer", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OldValue = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    NewValue = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    OldComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SheetId = table.Column<int>(type: "integer", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                SELECT s."Id", k.code,
                       CASE jsonb_typeof(j.sc -> k.code)
                            WHEN 'number' THEN (j.sc ->> k.code)::numeric
                            WHEN 'string' THEN NULLIF(btrim(j.sc ->> k.code), '')::numeric END,
                       CASE WHEN btrim(COALESCE(j.cm ->> k.code, '')) = '' THEN NULL ELSE j.cm ->> k.code END,
                       COALESCE(s."SavedAt", s."SubmittedAt", TIMESTAMPTZ '2000-01-01 00:00:00+00'), NULL, 1
                FROM "ScoreSheets" s
                CROSS JOIN LATERAL (SELECT COALESCE(NULLIF(btrim(s."ScoresJson"), ''), '{}')::jsonb AS sc,
                                           COALESCE(NULLIF(btrim(s."CommentsJson"), ''), '{}')::jsonb AS cm) j
                CROSS JOIN LATERAL (SELECT jsonb_object_keys(j.sc) AS code UNION SELECT jsonb_object_keys(j.cm)) k;
                """);

            migrationBuilder.DropColumn(
                name: "CommentsJson",
                table: "ScoreSheets");

            migrationBuilder.DropColumn(
                name: "ScoresJson",
                table: "ScoreSheets");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CommentsJson",
                table: "ScoreSheets",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "ScoresJson",
                table: "ScoreSheets",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.Sql("""
                UPDATE "ScoreSheets" s SET
                  "ScoresJson" = COALESCE((SELECT jsonb_object_agg(i."ItemCode", i."Value") FROM "ScoreItems" i
                                           WHERE i."SheetId" = s."Id" AND i."Value" IS NOT NULL)::text, '{}'),
                  "CommentsJson" = COALESCE((SELECT jsonb_object_agg(i."ItemCode", i."Comment") FROM "ScoreItems" i
                                             WHERE i."SheetId" = s."Id" AND i."Comment" IS NOT NULL)::text, '{}');
                """);

            migrationBuilder.DropTable(
                name: "ScoreItemRevisions");

            migrationBuilder.DropTable(
                name: "ScoreItems");
        }
    }
}
