using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DecisionOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LodgedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PlacementOnly = table.Column<bool>(type: "bit", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Orders = table.Column<int>(type: "int", nullable: false),
                    FamilyToldOfAssessmentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoPlanNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DraftPlanOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FinalPlanOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReconsideredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AmendedPlanOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContinuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CeasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
