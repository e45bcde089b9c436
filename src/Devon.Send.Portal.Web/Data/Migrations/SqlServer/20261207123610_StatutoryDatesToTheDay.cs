using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StatutoryDatesToTheDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FromOn",
                table: "TimescaleExceptions",
                type: "date",
                nullable: true);

            // Exceptions recorded before their limits were recorded lifted the 16- and 20-week limits (4 | 8).
            migrationBuilder.AddColumn<int>(
                name: "Limits",
                table: "TimescaleExceptions",
                type: "int",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ToOn",
                table: "TimescaleExceptions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RespondBy",
                table: "PlanVersions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServedBy",
                table: "PlanVersions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServedOn",
                table: "PlanVersions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DraftResponseDueOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AmendmentResponseDueOn",
                table: "AnnualReviews",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FromOn",
                table: "TimescaleExceptions");

            migrationBuilder.DropColumn(
                name: "Limits",
                table: "TimescaleExceptions");

            migrationBuilder.DropColumn(
                name: "ToOn",
                table: "TimescaleExceptions");

            migrationBuilder.DropColumn(
                name: "RespondBy",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "ServedBy",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "ServedOn",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "DraftResponseDueOn",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "AmendmentResponseDueOn",
                table: "AnnualReviews");
        }
    }
}
