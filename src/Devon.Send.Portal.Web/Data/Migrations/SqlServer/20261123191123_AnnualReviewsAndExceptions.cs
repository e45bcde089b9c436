using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
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
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedById",
                table: "TimescaleExceptions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    PlanOrLastReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ArrangedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ArrangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PapersSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MeetingRecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attendees = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Discussion = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Recommendation = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    ReportSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    DecisionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DecidedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AmendmentNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FamilyResponseOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AmendedPlanOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AnnualReviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AuthorRole = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    WorkingWell = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NotWorking = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Changes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
