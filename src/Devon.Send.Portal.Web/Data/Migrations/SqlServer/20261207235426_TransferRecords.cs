using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NewHealthBodyToldOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferAdvice",
                table: "AssessmentCases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferAdviceReceivedOn",
                table: "AssessmentCases",
                type: "date",
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
