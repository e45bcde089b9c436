using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Devon.Send.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProfessionalInvitationsAndTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "UserId",
                table: "ProfessionalInvitations",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "ProfessionalInvitations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitedById",
                table: "ProfessionalInvitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProfessionalTeamId",
                table: "ProfessionalInvitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevokedById",
                table: "ProfessionalInvitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sections",
                table: "ProfessionalInvitations",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ProfessionalTeams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfessionalTeams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProfessionalTeamMembers",
                columns: table => new
                {
                    ProfessionalTeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfessionalTeamMembers", x => new { x.ProfessionalTeamId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ProfessionalTeamMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProfessionalTeamMembers_ProfessionalTeams_ProfessionalTeamId",
                        column: x => x.ProfessionalTeamId,
                        principalTable: "ProfessionalTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProfessionalInvitations_Email",
                table: "ProfessionalInvitations",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_ProfessionalInvitations_ProfessionalTeamId",
                table: "ProfessionalInvitations",
                column: "ProfessionalTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfessionalTeamMembers_UserId",
                table: "ProfessionalTeamMembers",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_ProfessionalInvitations_ProfessionalTeams_ProfessionalTeamId",
                table: "ProfessionalInvitations",
                column: "ProfessionalTeamId",
                principalTable: "ProfessionalTeams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProfessionalInvitations_ProfessionalTeams_ProfessionalTeamId",
                table: "ProfessionalInvitations");

            migrationBuilder.DropTable(
                name: "ProfessionalTeamMembers");

            migrationBuilder.DropTable(
                name: "ProfessionalTeams");

            migrationBuilder.DropIndex(
                name: "IX_ProfessionalInvitations_Email",
                table: "ProfessionalInvitations");

            migrationBuilder.DropIndex(
                name: "IX_ProfessionalInvitations_ProfessionalTeamId",
                table: "ProfessionalInvitations");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "ProfessionalInvitations");

            migrationBuilder.DropColumn(
                name: "InvitedById",
                table: "ProfessionalInvitations");

            migrationBuilder.DropColumn(
                name: "ProfessionalTeamId",
                table: "ProfessionalInvitations");

            migrationBuilder.DropColumn(
                name: "RevokedById",
                table: "ProfessionalInvitations");

            migrationBuilder.DropColumn(
                name: "Sections",
                table: "ProfessionalInvitations");

            migrationBuilder.AlterColumn<string>(
                name: "UserId",
                table: "ProfessionalInvitations",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
