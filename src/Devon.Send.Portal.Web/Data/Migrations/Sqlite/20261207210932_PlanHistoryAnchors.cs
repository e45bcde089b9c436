using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AnchorNumber",
                table: "AuditEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AnchorPlanId",
                table: "AuditEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnchorSection",
                table: "AuditEvents",
                type: "TEXT",
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

            // Dropping a column may rebuild the table, which drops its triggers: the audit log stays append-only.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEvents_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEvents_NoDelete;");
            migrationBuilder.Sql("CREATE TRIGGER AuditEvents_NoUpdate BEFORE UPDATE ON AuditEvents BEGIN SELECT RAISE(ABORT, 'Audit events are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER AuditEvents_NoDelete BEFORE DELETE ON AuditEvents BEGIN SELECT RAISE(ABORT, 'Audit events are append-only'); END;");
        }
    }
}
