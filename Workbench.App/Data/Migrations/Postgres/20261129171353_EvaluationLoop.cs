using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workbench.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EvaluationLoop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FraudReason",
                table: "RoundPlatforms",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "EvaluationRounds",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundPlatforms_PanelId",
                table: "RoundPlatforms",
                column: "PanelId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RoundPlatforms_PanelId",
                table: "RoundPlatforms");

            migrationBuilder.DropColumn(
                name: "FraudReason",
                table: "RoundPlatforms");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "EvaluationRounds");
        }
    }
}
