using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LocalOffer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LocalOfferDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsNewPage = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedVersion = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalOfferDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LocalOfferFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Useful = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalOfferFeedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LocalOfferVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DraftId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalOfferVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferDrafts_Slug_Status",
                table: "LocalOfferDrafts",
                columns: new[] { "Slug", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferDrafts_Status",
                table: "LocalOfferDrafts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferFeedback_Slug_At",
                table: "LocalOfferFeedback",
                columns: new[] { "Slug", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferVersions_Slug_Number",
                table: "LocalOfferVersions",
                columns: new[] { "Slug", "Number" },
                unique: true);

            // Published versions are append-only: the database itself refuses to change or delete one.
            migrationBuilder.Sql("CREATE TRIGGER LocalOfferVersions_NoUpdate BEFORE UPDATE ON LocalOfferVersions BEGIN SELECT RAISE(ABORT, 'Published Local Offer versions are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER LocalOfferVersions_NoDelete BEFORE DELETE ON LocalOfferVersions BEGIN SELECT RAISE(ABORT, 'Published Local Offer versions are append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS LocalOfferVersions_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS LocalOfferVersions_NoDelete;");

            migrationBuilder.DropTable(
                name: "LocalOfferDrafts");

            migrationBuilder.DropTable(
                name: "LocalOfferFeedback");

            migrationBuilder.DropTable(
                name: "LocalOfferVersions");
        }
    }
}
