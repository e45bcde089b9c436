using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanHistoryAnchors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnchorHash",
                table: "AuditEvents",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AnchorNumber",
                table: "AuditEvents",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AnchorPlanId",
                table: "AuditEvents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnchorSection",
                table: "AuditEvents",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_AnchorPlanId_AnchorSection_AnchorNumber",
                table: "AuditEvents",
                columns: new[] { "AnchorPlanId", "AnchorSection", "AnchorNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_AnchorPlanId_AnchorSection_AnchorNumber",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "AnchorHash",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "AnchorNumber",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "AnchorPlanId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "AnchorSection",
                table: "AuditEvents");
        }
    }
}
