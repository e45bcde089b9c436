using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReopenCaseAfterTribunalOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NoPlanBeforeReopeningOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RefusedBeforeReopeningOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReopenedByAppealId",
                table: "AssessmentCases",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReopenedOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoPlanBeforeReopeningOn",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "RefusedBeforeReopeningOn",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "ReopenedByAppealId",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "ReopenedOn",
                table: "AssessmentCases");
        }
    }
}
