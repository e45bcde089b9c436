using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TellingTheFamilyAboutATransferredPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferNoticeOn",
                table: "AssessmentCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TransferReassessing",
                table: "AssessmentCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferReviewProposedOn",
                table: "AssessmentCases",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TransferNoticeOn",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "TransferReassessing",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "TransferReviewProposedOn",
                table: "AssessmentCases");
        }
    }
}
