using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseHistoryAndFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "ChildId",
                table: "AssessmentCases",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "CaseReference",
                table: "AssessmentCases",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ClosureReason",
                table: "AssessmentCases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ImportedAt",
                table: "AssessmentCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TimescaleExceptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimescaleExceptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimescaleExceptions_AssessmentCases_AssessmentCaseId",
                        column: x => x.AssessmentCaseId,
                        principalTable: "AssessmentCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Cases already in the portal get a reference before references must be unique.
            migrationBuilder.Sql("UPDATE \"AssessmentCases\" SET \"CaseReference\" = 'DSP-' || upper(substr(\"Id\", 1, 8)) WHERE \"CaseReference\" = '';");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCases_CaseReference",
                table: "AssessmentCases",
                column: "CaseReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimescaleExceptions_AssessmentCaseId",
                table: "TimescaleExceptions",
                column: "AssessmentCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TimescaleExceptions");

            migrationBuilder.DropIndex(
                name: "IX_AssessmentCases_CaseReference",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "CaseReference",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "ClosureReason",
                table: "AssessmentCases");

            migrationBuilder.DropColumn(
                name: "ImportedAt",
                table: "AssessmentCases");

            migrationBuilder.AlterColumn<Guid>(
                name: "ChildId",
                table: "AssessmentCases",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
