using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DecisionNotToIssueAndMediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NoPlanDecidedOn",
                table: "AssessmentCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoPlanReasons",
                table: "AssessmentCases",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Mediations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DecisionOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdviserContactedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Pursued = table.Column<bool>(type: "bit", nullable: false),
                    CouncilToldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mediations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mediations_AssessmentCases_AssessmentCaseId",
                        column: x => x.AssessmentCaseId,
                        principalTable: "AssessmentCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_AssessmentCaseId_DecisionOn",
                table: "Mediations",
                columns: new[] { "AssessmentCaseId", "DecisionOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Mediations");

            migrationBuilder.DropColumn(
                name: "NoPlanDecidedOn",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "NoPlanReasons",
                table: "AssessmentCases");
        }
    }
}
