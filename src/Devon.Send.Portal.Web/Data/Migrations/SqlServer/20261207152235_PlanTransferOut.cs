using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanTransferOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "MoveLearnedOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MoveOutOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferToCouncil",
                table: "AssessmentCases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferredOutOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MoveLearnedOn",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "MoveOutOn",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "TransferToCouncil",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "TransferredOutOn",
                table: "AssessmentCases");
        }
    }
}
