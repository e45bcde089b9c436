using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TribunalAppeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TribunalAppeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LodgedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlacementOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyToldOfAssessmentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoPlanNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DraftPlanOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalPlanOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReconsideredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AmendedPlanOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContinuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CeasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TribunalAppeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TribunalAppeals_AssessmentCases_AssessmentCaseId",
                        column: x => x.AssessmentCaseId,
                        principalTable: "AssessmentCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TribunalAppeals_AssessmentCaseId_DecisionOn",
                table: "TribunalAppeals",
                columns: new[] { "AssessmentCaseId", "DecisionOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TribunalAppeals");
        }
    }
}
