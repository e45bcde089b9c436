using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ActorRoles = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ActorOrganisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IpAddress = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ActorUserId_At",
                table: "AuditEvents",
                columns: new[] { "ActorUserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_At",
                table: "AuditEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ChildId_At",
                table: "AuditEvents",
                columns: new[] { "ChildId", "At" });

            // The audit log is append-only: the database itself refuses to change or delete an entry.
            // CREATE TRIGGER must start its own batch, so it runs through EXEC inside the idempotent script's IF block.
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER AuditEvents_AppendOnly ON AuditEvents INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Audit events are append-only'', 1; END')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEvents_AppendOnly;");

            migrationBuilder.DropTable(
                name: "AuditEvents");
        }
    }
}
