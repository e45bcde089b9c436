using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TransferRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NewHealthBody",
                table: "AssessmentCases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NewHealthBodyToldOn",
                table: "AssessmentCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferAdvice",
                table: "AssessmentCases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferAdviceReceivedOn",
                table: "AssessmentCases",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NewHealthBody",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "NewHealthBodyToldOn",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "TransferAdvice",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "TransferAdviceReceivedOn",
                table: "AssessmentCases");
        }
    }
}
