using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CeasingAPlanAndNotAmending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NoAmendmentOn",
                table: "AnnualReviews",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoAmendmentReasons",
                table: "AnnualReviews",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanCessations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AnnualReviewNumber = table.Column<int>(type: "int", nullable: true),
                    Ground = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposalReasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ProposedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SchoolConsultedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FamilyViews = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    FamilyViewsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SchoolViews = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SchoolViewsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DecidedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    OutcomesAchieved = table.Column<bool>(type: "bit", nullable: true),
                    NoticeSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CeasesOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanCessations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanCessations_AssessmentCases_AssessmentCaseId",
                        column: x => x.AssessmentCaseId,
                        principalTable: "AssessmentCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanCessations_AssessmentCaseId_ProposedOn",
                table: "PlanCessations",
                columns: new[] { "AssessmentCaseId", "ProposedOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanCessations");

            migrationBuilder.DropColumn(
                name: "NoAmendmentOn",
                table: "AnnualReviews");

            migrationBuilder.DropColumn(
                name: "NoAmendmentReasons",
                table: "AnnualReviews");
        }
    }
}
