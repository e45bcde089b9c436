using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdviceSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DraftSavedAt",
                table: "AdviceRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RequestedAt",
                table: "AdviceRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestedById",
                table: "AdviceRequests",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SubmittedAt",
                table: "AdviceRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedById",
                table: "AdviceRequests",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdviceAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdviceRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviceAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdviceAttachments_AdviceRequests_AdviceRequestId",
                        column: x => x.AdviceRequestId,
                        principalTable: "AdviceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdviceSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdviceRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviceSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdviceSections_AdviceRequests_AdviceRequestId",
                        column: x => x.AdviceRequestId,
                        principalTable: "AdviceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdviceAttachments_AdviceRequestId",
                table: "AdviceAttachments",
                column: "AdviceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AdviceSections_AdviceRequestId_SectionCode",
                table: "AdviceSections",
                columns: new[] { "AdviceRequestId", "SectionCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdviceAttachments");

            migrationBuilder.DropTable(
                name: "AdviceSections");

            migrationBuilder.DropColumn(
                name: "DraftSavedAt",
                table: "AdviceRequests");

            migrationBuilder.DropColumn(
                name: "RequestedAt",
                table: "AdviceRequests");

            migrationBuilder.DropColumn(
                name: "RequestedById",
                table: "AdviceRequests");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "AdviceRequests");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "AdviceRequests");
        }
    }
}
