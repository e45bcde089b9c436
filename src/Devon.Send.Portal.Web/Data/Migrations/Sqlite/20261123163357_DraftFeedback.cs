using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorRole = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreesWithDraft = table.Column<bool>(type: "INTEGER", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    PreferredSettingName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreferredSettingType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    WantsMeeting = table.Column<bool>(type: "INTEGER", nullable: false),
                    WantsPersonalBudget = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorRole = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BaseRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
            migrationBuilder.Sql("CREATE TRIGGER DraftComments_NoUpdate BEFORE UPDATE ON DraftComments BEGIN SELECT RAISE(ABORT, 'Comments on drafts are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER DraftComments_NoDelete BEFORE DELETE ON DraftComments BEGIN SELECT RAISE(ABORT, 'Comments on drafts are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER DraftResponses_NoUpdate BEFORE UPDATE ON DraftResponses BEGIN SELECT RAISE(ABORT, 'Responses to drafts are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER DraftResponses_NoDelete BEFORE DELETE ON DraftResponses BEGIN SELECT RAISE(ABORT, 'Responses to drafts are append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DraftComments_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DraftComments_NoDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DraftResponses_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DraftResponses_NoDelete;");

            migrationBuilder.DropTable(
                name: "DraftComments");

            migrationBuilder.DropTable(
                name: "DraftResponses");

            migrationBuilder.DropTable(
                name: "SectionDrafts");
        }
    }
}
