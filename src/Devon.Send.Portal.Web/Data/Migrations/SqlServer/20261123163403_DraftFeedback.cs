using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DraftFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DraftComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SectionCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AuthorRole = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DraftComments_PlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DraftResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    AgreesWithDraft = table.Column<bool>(type: "bit", nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PreferredSettingName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PreferredSettingType = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    WantsMeeting = table.Column<bool>(type: "bit", nullable: false),
                    WantsPersonalBudget = table.Column<bool>(type: "bit", nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AuthorRole = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Late = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DraftResponses_PlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SectionDrafts",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SectionCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    BaseRevision = table.Column<int>(type: "int", nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionDrafts", x => new { x.PlanId, x.SectionCode, x.UserId });
                    table.ForeignKey(
                        name: "FK_SectionDrafts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SectionDrafts_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DraftComments_VersionId_SectionCode_CreatedAt",
                table: "DraftComments",
                columns: new[] { "VersionId", "SectionCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DraftResponses_VersionId_Number",
                table: "DraftResponses",
                columns: new[] { "VersionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SectionDrafts_UserId",
                table: "SectionDrafts",
                column: "UserId");

            // Comments and responses on drafts are append-only, like the plan's history.
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER DraftComments_AppendOnly ON DraftComments INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Comments on drafts are append-only'', 1; END')");
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER DraftResponses_AppendOnly ON DraftResponses INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Responses to drafts are append-only'', 1; END')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DraftComments_AppendOnly;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DraftResponses_AppendOnly;");

            migrationBuilder.DropTable(
                name: "DraftComments");

            migrationBuilder.DropTable(
                name: "DraftResponses");

            migrationBuilder.DropTable(
                name: "SectionDrafts");
        }
    }
}
