using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FreshAppealRightsAndMediationAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftEducationOn",
                table: "PlanCessations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AgreedDueOn",
                table: "Mediations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AgreedOrders",
                table: "Mediations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AgreedOther",
                table: "Mediations",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AgreementDoneOn",
                table: "Mediations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AgreementOn",
                table: "Mediations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanAmendedOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RefusedToAmendOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeftEducationOn",
                table: "PlanCessations");

            migrationBuilder.DropColumn(
                name: "AgreedDueOn",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "AgreedOrders",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "AgreedOther",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "AgreementDoneOn",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "AgreementOn",
                table: "Mediations");

            migrationBuilder.DropColumn(
                name: "PlanAmendedOn",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "RefusedToAmendOn",
                table: "AssessmentCases");
        }
    }
}
