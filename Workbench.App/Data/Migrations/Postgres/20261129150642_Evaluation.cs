using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Workbench.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Evaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluationRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MaterialDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    ScoringDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoundPlatforms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    IsReEvaluation = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Participation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AbsenceReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PanelId = table.Column<int>(type: "integer", nullable: true),
                    PanelScore = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    ConsensusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FraudFound = table.Column<bool>(type: "boolean", nullable: false),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    GradeReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    NoticeStart = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundPlatforms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundPlatforms_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundPlatforms_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoundTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TemplateNumber = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundTemplates_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationMaterials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundPlatformId = table.Column<int>(type: "integer", nullable: false),
                    SelfScoresJson = table.Column<string>(type: "text", nullable: false),
                    SelfAssessment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ServiceCount = table.Column<int>(type: "integer", nullable: false),
                    UsersServed = table.Column<int>(type: "integer", nullable: false),
                    FreeServices = table.Column<int>(type: "integer", nullable: false),
                    PaidServices = table.Column<int>(type: "integer", nullable: false),
                    PaidContracts = table.Column<int>(type: "integer", nullable: false),
                    Revenue = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    AnnualSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationMaterials_RoundPlatforms_RoundPlatformId",
                        column: x => x.RoundPlatformId,
                        principalTable: "RoundPlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rectifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    RoundPlatformId = table.Column<int>(type: "integer", nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReportText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReportFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReportStoredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReportContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReportSize = table.Column<long>(type: "bigint", nullable: true),
                    ReportSubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rectifications_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Rectifications_RoundPlatforms_RoundPlatformId",
                        column: x => x.RoundPlatformId,
                        principalTable: "RoundPlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RoundAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundPlatformId = table.Column<int>(type: "integer", nullable: false),
                    ExpertId = table.Column<int>(type: "integer", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssignedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundAssignments_Experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "Experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundAssignments_RoundPlatforms_RoundPlatformId",
                        column: x => x.RoundPlatformId,
                        principalTable: "RoundPlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationMaterials_RoundPlatformId",
                table: "EvaluationMaterials",
                column: "RoundPlatformId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRounds_Title",
                table: "EvaluationRounds",
                column: "Title",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationTemplates_Category_Number",
                table: "EvaluationTemplates",
                columns: new[] { "Category", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_PlatformId_Status",
                table: "Rectifications",
                columns: new[] { "PlatformId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_RoundPlatformId",
                table: "Rectifications",
                column: "RoundPlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundAssignments_ExpertId",
                table: "RoundAssignments",
                column: "ExpertId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundAssignments_RoundPlatformId_ExpertId",
                table: "RoundAssignments",
                columns: new[] { "RoundPlatformId", "ExpertId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundPlatforms_PlatformId",
                table: "RoundPlatforms",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundPlatforms_RoundId_PlatformId",
                table: "RoundPlatforms",
                columns: new[] { "RoundId", "PlatformId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundTemplates_RoundId_Category",
                table: "RoundTemplates",
                columns: new[] { "RoundId", "Category" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationMaterials");

            migrationBuilder.DropTable(
                name: "EvaluationTemplates");

            migrationBuilder.DropTable(
                name: "Rectifications");

            migrationBuilder.DropTable(
                name: "RoundAssignments");

            migrationBuilder.DropTable(
                name: "RoundTemplates");

            migrationBuilder.DropTable(
                name: "RoundPlatforms");

            migrationBuilder.DropTable(
                name: "EvaluationRounds");
        }
    }
}
