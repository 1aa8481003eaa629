using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Workbench.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Notices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfficialNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NoticeStart = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    RecognitionBatchId = table.Column<int>(type: "integer", nullable: true),
                    ApplicationId = table.Column<int>(type: "integer", nullable: true),
                    RoundId = table.Column<int>(type: "integer", nullable: true),
                    RoundPlatformId = table.Column<int>(type: "integer", nullable: true),
                    RectificationId = table.Column<int>(type: "integer", nullable: true),
                    ModelJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficialNotices_Rectifications_RectificationId",
                        column: x => x.RectificationId,
                        principalTable: "Rectifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "OfficialNoticeUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NoticeId = table.Column<int>(type: "integer", nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: true),
                    PlatformName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HostUnitId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialNoticeUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficialNoticeUnits_OfficialNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "OfficialNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfficialNoticeUnits_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNotices_IssuedOn",
                table: "OfficialNotices",
                column: "IssuedOn");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNotices_Prefix_Year_Sequence",
                table: "OfficialNotices",
                columns: new[] { "Prefix", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNotices_RecognitionBatchId",
                table: "OfficialNotices",
                column: "RecognitionBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNotices_RectificationId",
                table: "OfficialNotices",
                column: "RectificationId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNotices_RoundId",
                table: "OfficialNotices",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNoticeUnits_DepartmentId",
                table: "OfficialNoticeUnits",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNoticeUnits_HostUnitId",
                table: "OfficialNoticeUnits",
                column: "HostUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNoticeUnits_NoticeId",
                table: "OfficialNoticeUnits",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNoticeUnits_PlatformId",
                table: "OfficialNoticeUnits",
                column: "PlatformId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficialNoticeUnits");

            migrationBuilder.DropTable(
                name: "OfficialNotices");
        }
    }
}
