using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnnualReviewsAndExceptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Details",
                table: "TimescaleExceptions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedById",
                table: "TimescaleExceptions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanOrLastReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ArrangedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ArrangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PapersSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Discussion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ReportSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AmendmentNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FamilyResponseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AmendedPlanOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_AssessmentCases_AssessmentCaseId",
                        column: x => x.AssessmentCaseId,
                        principalTable: "AssessmentCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnnualReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WorkingWell = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NotWorking = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewContributions_AnnualReviews_AnnualReviewId",
                        column: x => x.AnnualReviewId,
                        principalTable: "AnnualReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_AssessmentCaseId_Number",
                table: "AnnualReviews",
                columns: new[] { "AssessmentCaseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewContributions_AnnualReviewId_AuthorId",
                table: "ReviewContributions",
                columns: new[] { "AnnualReviewId", "AuthorId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewContributions");

            migrationBuilder.DropTable(
                name: "AnnualReviews");

            migrationBuilder.DropColumn(
                name: "Details",
                table: "TimescaleExceptions");

            migrationBuilder.DropColumn(
                name: "RecordedById",
                table: "TimescaleExceptions");
        }
    }
}
