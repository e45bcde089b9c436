using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneTimeFormKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FormSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Contents = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RedirectTo = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Notice = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormSubmissions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FormSubmissions_CreatedAt",
                table: "FormSubmissions",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FormSubmissions_UserId",
                table: "FormSubmissions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormSubmissions");
        }
    }
}
