IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [SendTeams] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_SendTeams] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [Organisation] nvarchar(200) NULL,
        [SendTeamId] uniqueidentifier NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_SendTeams_SendTeamId] FOREIGN KEY ([SendTeamId]) REFERENCES [SendTeams] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [Children] (
        [Id] uniqueidentifier NOT NULL,
        [GivenName] nvarchar(100) NOT NULL,
        [FamilyName] nvarchar(100) NOT NULL,
        [DateOfBirth] date NOT NULL,
        [CaseworkerId] nvarchar(450) NULL,
        [SendTeamId] uniqueidentifier NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Children] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Children_AspNetUsers_CaseworkerId] FOREIGN KEY ([CaseworkerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Children_SendTeams_SendTeamId] FOREIGN KEY ([SendTeamId]) REFERENCES [SendTeams] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AccountInvitations] (
        [Id] uniqueidentifier NOT NULL,
        [CodeHash] nvarchar(64) NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [Role] nvarchar(50) NOT NULL,
        [ChildId] uniqueidentifier NOT NULL,
        [Relationship] nvarchar(50) NOT NULL,
        [CreatedById] nvarchar(450) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [UsedAt] datetimeoffset NULL,
        CONSTRAINT [PK_AccountInvitations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AccountInvitations_AspNetUsers_CreatedById] FOREIGN KEY ([CreatedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AccountInvitations_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AssessmentCases] (
        [Id] uniqueidentifier NOT NULL,
        [ChildId] uniqueidentifier NOT NULL,
        [RequestReceivedOn] date NOT NULL,
        [DecisionToAssessOn] date NULL,
        [RefusedOn] date NULL,
        [DraftPlanIssuedOn] date NULL,
        [FinalPlanIssuedOn] date NULL,
        [LastAnnualReviewOn] date NULL,
        [ClosedOn] date NULL,
        CONSTRAINT [PK_AssessmentCases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssessmentCases_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [FamilyLinks] (
        [ChildId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Relationship] nvarchar(50) NOT NULL,
        [LinkedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_FamilyLinks] PRIMARY KEY ([ChildId], [UserId]),
        CONSTRAINT [FK_FamilyLinks_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_FamilyLinks_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [ProfessionalInvitations] (
        [Id] uniqueidentifier NOT NULL,
        [ChildId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Role] nvarchar(50) NOT NULL,
        [Organisation] nvarchar(200) NOT NULL,
        [EndsOn] date NOT NULL,
        [InvitedAt] datetimeoffset NOT NULL,
        [RevokedAt] datetimeoffset NULL,
        CONSTRAINT [PK_ProfessionalInvitations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProfessionalInvitations_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ProfessionalInvitations_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE TABLE [AdviceRequests] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentCaseId] uniqueidentifier NOT NULL,
        [Type] nvarchar(40) NOT NULL,
        [InvitationId] uniqueidentifier NULL,
        [RequestedOn] date NOT NULL,
        [SubmittedOn] date NULL,
        CONSTRAINT [PK_AdviceRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AdviceRequests_AssessmentCases_AssessmentCaseId] FOREIGN KEY ([AssessmentCaseId]) REFERENCES [AssessmentCases] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AdviceRequests_ProfessionalInvitations_InvitationId] FOREIGN KEY ([InvitationId]) REFERENCES [ProfessionalInvitations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AccountInvitations_ChildId] ON [AccountInvitations] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AccountInvitations_CodeHash] ON [AccountInvitations] ([CodeHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AccountInvitations_CreatedById] ON [AccountInvitations] ([CreatedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AdviceRequests_AssessmentCaseId] ON [AdviceRequests] ([AssessmentCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AdviceRequests_InvitationId] ON [AdviceRequests] ([InvitationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_SendTeamId] ON [AspNetUsers] ([SendTeamId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_AssessmentCases_ChildId] ON [AssessmentCases] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_Children_CaseworkerId] ON [Children] ([CaseworkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_Children_SendTeamId] ON [Children] ([SendTeamId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_FamilyLinks_UserId] ON [FamilyLinks] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_ProfessionalInvitations_ChildId] ON [ProfessionalInvitations] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    CREATE INDEX [IX_ProfessionalInvitations_UserId] ON [ProfessionalInvitations] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011354_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123011354_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011834_AuditLog'
)
BEGIN
    CREATE TABLE [AuditEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetimeoffset NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [ActorUserId] nvarchar(450) NULL,
        [ActorName] nvarchar(200) NULL,
        [ActorRoles] nvarchar(300) NULL,
        [ActorOrganisation] nvarchar(200) NULL,
        [ChildId] uniqueidentifier NULL,
        [Detail] nvarchar(200) NOT NULL,
        [IpAddress] nvarchar(45) NULL,
        CONSTRAINT [PK_AuditEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011834_AuditLog'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_ActorUserId_At] ON [AuditEvents] ([ActorUserId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011834_AuditLog'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_At] ON [AuditEvents] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011834_AuditLog'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_ChildId_At] ON [AuditEvents] ([ChildId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011834_AuditLog'
)
BEGIN
    EXEC(N'CREATE TRIGGER AuditEvents_AppendOnly ON AuditEvents INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Audit events are append-only'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123011834_AuditLog'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123011834_AuditLog', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ProfessionalInvitations]') AND [c].[name] = N'UserId');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [ProfessionalInvitations] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [ProfessionalInvitations] ALTER COLUMN [UserId] nvarchar(450) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    ALTER TABLE [ProfessionalInvitations] ADD [Email] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    ALTER TABLE [ProfessionalInvitations] ADD [InvitedById] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    ALTER TABLE [ProfessionalInvitations] ADD [ProfessionalTeamId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    ALTER TABLE [ProfessionalInvitations] ADD [RevokedById] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    ALTER TABLE [ProfessionalInvitations] ADD [Sections] nvarchar(60) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    CREATE TABLE [ProfessionalTeams] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Organisation] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_ProfessionalTeams] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    CREATE TABLE [ProfessionalTeamMembers] (
        [ProfessionalTeamId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_ProfessionalTeamMembers] PRIMARY KEY ([ProfessionalTeamId], [UserId]),
        CONSTRAINT [FK_ProfessionalTeamMembers_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ProfessionalTeamMembers_ProfessionalTeams_ProfessionalTeamId] FOREIGN KEY ([ProfessionalTeamId]) REFERENCES [ProfessionalTeams] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    CREATE INDEX [IX_ProfessionalInvitations_Email] ON [ProfessionalInvitations] ([Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    CREATE INDEX [IX_ProfessionalInvitations_ProfessionalTeamId] ON [ProfessionalInvitations] ([ProfessionalTeamId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    CREATE INDEX [IX_ProfessionalTeamMembers_UserId] ON [ProfessionalTeamMembers] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    ALTER TABLE [ProfessionalInvitations] ADD CONSTRAINT [FK_ProfessionalInvitations_ProfessionalTeams_ProfessionalTeamId] FOREIGN KEY ([ProfessionalTeamId]) REFERENCES [ProfessionalTeams] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123012647_ProfessionalInvitationsAndTeams'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123012647_ProfessionalInvitationsAndTeams', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123013402_FamilyAccessDecisions'
)
BEGIN
    ALTER TABLE [FamilyLinks] ADD [AccessEndedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123013402_FamilyAccessDecisions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123013402_FamilyAccessDecisions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110703_CaseHistoryAndFigures'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AssessmentCases]') AND [c].[name] = N'ChildId');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [AssessmentCases] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [AssessmentCases] ALTER COLUMN [ChildId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110703_CaseHistoryAndFigures'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [CaseReference] nvarchar(40) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110703_CaseHistoryAndFigures'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [ClosureReason] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110703_CaseHistoryAndFigures'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [ImportedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110703_CaseHistoryAndFigures'
)
BEGIN
    CREATE TABLE [TimescaleExceptions] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentCaseId] uniqueidentifier NOT NULL,
        [LegalBasis] nvarchar(40) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_TimescaleExceptions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TimescaleExceptions_AssessmentCases_AssessmentCaseId] FOREIGN KEY ([AssessmentCaseId]) REFERENCES [AssessmentCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110703_CaseHistoryAndFigures'
)
BEGIN
    EXEC(N'UPDATE [AssessmentCases] SET [CaseReference] = N''DSP-'' + UPPER(LEFT(CONVERT(nvarchar(36), [Id]), 8)) WHERE LEN([CaseReference]) = 0');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110703_CaseHistoryAndFigures'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AssessmentCases_CaseReference] ON [AssessmentCases] ([CaseReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110703_CaseHistoryAndFigures'
)
BEGIN
    CREATE INDEX [IX_TimescaleExceptions_AssessmentCaseId] ON [TimescaleExceptions] ([AssessmentCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110703_CaseHistoryAndFigures'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123110703_CaseHistoryAndFigures', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE TABLE [Plans] (
        [Id] uniqueidentifier NOT NULL,
        [ChildId] uniqueidentifier NOT NULL,
        [AssessmentCaseId] uniqueidentifier NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        CONSTRAINT [PK_Plans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Plans_AssessmentCases_AssessmentCaseId] FOREIGN KEY ([AssessmentCaseId]) REFERENCES [AssessmentCases] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Plans_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE TABLE [PlanReaders] (
        [PlanId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [LastSeenAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_PlanReaders] PRIMARY KEY ([PlanId], [UserId]),
        CONSTRAINT [FK_PlanReaders_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PlanReaders_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE TABLE [PlanVersions] (
        [Id] uniqueidentifier NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [KindNumber] int NOT NULL,
        [IssuedAt] datetimeoffset NOT NULL,
        [IssuedById] nvarchar(450) NULL,
        [IssuedByName] nvarchar(200) NOT NULL,
        [IssuedByRole] nvarchar(50) NOT NULL,
        [OpenFindings] int NOT NULL,
        [OverrideReason] nvarchar(1000) NULL,
        [PreviousHash] nchar(64) NOT NULL,
        [Hash] nchar(64) NOT NULL,
        CONSTRAINT [PK_PlanVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanVersions_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE TABLE [SectionRevisions] (
        [Id] uniqueidentifier NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [SectionCode] nvarchar(2) NOT NULL,
        [Number] int NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [Reason] nvarchar(500) NOT NULL,
        [AuthorId] nvarchar(450) NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [AuthorRole] nvarchar(50) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [PreviousHash] nchar(64) NOT NULL,
        [Hash] nchar(64) NOT NULL,
        CONSTRAINT [PK_SectionRevisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SectionRevisions_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE TABLE [PlanVersionSections] (
        [VersionId] uniqueidentifier NOT NULL,
        [SectionCode] nvarchar(2) NOT NULL,
        [RevisionId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanVersionSections] PRIMARY KEY ([VersionId], [SectionCode]),
        CONSTRAINT [FK_PlanVersionSections_PlanVersions_VersionId] FOREIGN KEY ([VersionId]) REFERENCES [PlanVersions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PlanVersionSections_SectionRevisions_RevisionId] FOREIGN KEY ([RevisionId]) REFERENCES [SectionRevisions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE INDEX [IX_PlanReaders_UserId] ON [PlanReaders] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE INDEX [IX_Plans_AssessmentCaseId] ON [Plans] ([AssessmentCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE INDEX [IX_Plans_ChildId] ON [Plans] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanVersions_PlanId_Number] ON [PlanVersions] ([PlanId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE INDEX [IX_PlanVersionSections_RevisionId] ON [PlanVersionSections] ([RevisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SectionRevisions_PlanId_SectionCode_Number] ON [SectionRevisions] ([PlanId], [SectionCode], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    EXEC(N'CREATE TRIGGER SectionRevisions_AppendOnly ON SectionRevisions INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Plan history is append-only'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    EXEC(N'CREATE TRIGGER PlanVersions_AppendOnly ON PlanVersions INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Plan history is append-only'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    EXEC(N'CREATE TRIGGER PlanVersionSections_AppendOnly ON PlanVersionSections INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Plan history is append-only'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123113216_PlanStore'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123113216_PlanStore', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114548_LocalOffer'
)
BEGIN
    CREATE TABLE [LocalOfferDrafts] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(100) NOT NULL,
        [IsNewPage] bit NOT NULL,
        [Source] nvarchar(max) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [AuthorId] nvarchar(450) NOT NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [ChangeNote] nvarchar(500) NULL,
        [SubmittedAt] datetimeoffset NULL,
        [ReviewerId] nvarchar(450) NULL,
        [ReviewerName] nvarchar(200) NULL,
        [ReturnComment] nvarchar(1000) NULL,
        [ReviewedAt] datetimeoffset NULL,
        [PublishedVersion] int NULL,
        CONSTRAINT [PK_LocalOfferDrafts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114548_LocalOffer'
)
BEGIN
    CREATE TABLE [LocalOfferFeedback] (
        [Id] bigint NOT NULL IDENTITY,
        [Slug] nvarchar(100) NOT NULL,
        [Useful] bit NOT NULL,
        [Comment] nvarchar(1200) NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_LocalOfferFeedback] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114548_LocalOffer'
)
BEGIN
    CREATE TABLE [LocalOfferVersions] (
        [Id] bigint NOT NULL IDENTITY,
        [Slug] nvarchar(100) NOT NULL,
        [Number] int NOT NULL,
        [Source] nvarchar(max) NOT NULL,
        [SourceHash] nvarchar(64) NOT NULL,
        [Origin] nvarchar(20) NOT NULL,
        [FileHash] nvarchar(64) NULL,
        [PublishedAt] datetimeoffset NOT NULL,
        [DraftId] uniqueidentifier NULL,
        [AuthorName] nvarchar(200) NULL,
        [ApprovedById] nvarchar(450) NULL,
        [ApprovedByName] nvarchar(200) NULL,
        [ChangeNote] nvarchar(500) NULL,
        CONSTRAINT [PK_LocalOfferVersions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114548_LocalOffer'
)
BEGIN
    CREATE INDEX [IX_LocalOfferDrafts_Slug_Status] ON [LocalOfferDrafts] ([Slug], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114548_LocalOffer'
)
BEGIN
    CREATE INDEX [IX_LocalOfferDrafts_Status] ON [LocalOfferDrafts] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114548_LocalOffer'
)
BEGIN
    CREATE INDEX [IX_LocalOfferFeedback_Slug_At] ON [LocalOfferFeedback] ([Slug], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114548_LocalOffer'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LocalOfferVersions_Slug_Number] ON [LocalOfferVersions] ([Slug], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114548_LocalOffer'
)
BEGIN
    EXEC(N'CREATE TRIGGER LocalOfferVersions_AppendOnly ON LocalOfferVersions INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Published Local Offer versions are append-only'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114548_LocalOffer'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123114548_LocalOffer', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123133050_AccountsAndAuditDetail'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AuditEvents]') AND [c].[name] = N'Detail');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [AuditEvents] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [AuditEvents] ALTER COLUMN [Detail] nvarchar(500) NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123133050_AccountsAndAuditDetail'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [DisabledAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123133050_AccountsAndAuditDetail'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123133050_AccountsAndAuditDetail', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163403_DraftFeedback'
)
BEGIN
    CREATE TABLE [DraftComments] (
        [Id] uniqueidentifier NOT NULL,
        [VersionId] uniqueidentifier NOT NULL,
        [SectionCode] nvarchar(2) NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [AuthorId] nvarchar(450) NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [AuthorRole] nvarchar(50) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_DraftComments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DraftComments_PlanVersions_VersionId] FOREIGN KEY ([VersionId]) REFERENCES [PlanVersions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163403_DraftFeedback'
)
BEGIN
    CREATE TABLE [DraftResponses] (
        [Id] uniqueidentifier NOT NULL,
        [VersionId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [AgreesWithDraft] bit NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        [PreferredSettingName] nvarchar(200) NOT NULL,
        [PreferredSettingType] nvarchar(30) NOT NULL,
        [WantsMeeting] bit NOT NULL,
        [WantsPersonalBudget] bit NOT NULL,
        [AuthorId] nvarchar(450) NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [AuthorRole] nvarchar(50) NOT NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        [DueOn] date NOT NULL,
        [Late] bit NOT NULL,
        CONSTRAINT [PK_DraftResponses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DraftResponses_PlanVersions_VersionId] FOREIGN KEY ([VersionId]) REFERENCES [PlanVersions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163403_DraftFeedback'
)
BEGIN
    CREATE TABLE [SectionDrafts] (
        [PlanId] uniqueidentifier NOT NULL,
        [SectionCode] nvarchar(2) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [Reason] nvarchar(500) NULL,
        [BaseRevision] int NOT NULL,
        [SavedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_SectionDrafts] PRIMARY KEY ([PlanId], [SectionCode], [UserId]),
        CONSTRAINT [FK_SectionDrafts_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SectionDrafts_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163403_DraftFeedback'
)
BEGIN
    CREATE INDEX [IX_DraftComments_VersionId_SectionCode_CreatedAt] ON [DraftComments] ([VersionId], [SectionCode], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163403_DraftFeedback'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DraftResponses_VersionId_Number] ON [DraftResponses] ([VersionId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163403_DraftFeedback'
)
BEGIN
    CREATE INDEX [IX_SectionDrafts_UserId] ON [SectionDrafts] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163403_DraftFeedback'
)
BEGIN
    EXEC(N'CREATE TRIGGER DraftComments_AppendOnly ON DraftComments INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Comments on drafts are append-only'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163403_DraftFeedback'
)
BEGIN
    EXEC(N'CREATE TRIGGER DraftResponses_AppendOnly ON DraftResponses INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Responses to drafts are append-only'', 1; END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163403_DraftFeedback'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123163403_DraftFeedback', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    ALTER TABLE [AdviceRequests] ADD [DraftSavedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    ALTER TABLE [AdviceRequests] ADD [RequestedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    ALTER TABLE [AdviceRequests] ADD [RequestedById] nvarchar(450) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    ALTER TABLE [AdviceRequests] ADD [SubmittedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    ALTER TABLE [AdviceRequests] ADD [SubmittedById] nvarchar(450) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    CREATE TABLE [AdviceAttachments] (
        [Id] uniqueidentifier NOT NULL,
        [AdviceRequestId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(120) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Length] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [StorageKey] nvarchar(200) NOT NULL,
        [UploadedById] nvarchar(450) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_AdviceAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AdviceAttachments_AdviceRequests_AdviceRequestId] FOREIGN KEY ([AdviceRequestId]) REFERENCES [AdviceRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    CREATE TABLE [AdviceSections] (
        [Id] uniqueidentifier NOT NULL,
        [AdviceRequestId] uniqueidentifier NOT NULL,
        [SectionCode] nvarchar(2) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AdviceSections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AdviceSections_AdviceRequests_AdviceRequestId] FOREIGN KEY ([AdviceRequestId]) REFERENCES [AdviceRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    CREATE INDEX [IX_AdviceAttachments_AdviceRequestId] ON [AdviceAttachments] ([AdviceRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AdviceSections_AdviceRequestId_SectionCode] ON [AdviceSections] ([AdviceRequestId], [SectionCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163741_AdviceSubmissions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123163741_AdviceSubmissions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [NotificationEmails] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE TABLE [AssessmentRequests] (
        [Id] uniqueidentifier NOT NULL,
        [AuthorId] nvarchar(450) NOT NULL,
        [MadeBy] nvarchar(20) NOT NULL,
        [ChildGivenName] nvarchar(100) NULL,
        [ChildFamilyName] nvarchar(100) NULL,
        [ChildDateOfBirth] date NULL,
        [Relationship] nvarchar(50) NULL,
        [SettingName] nvarchar(200) NULL,
        [Needs] nvarchar(4000) NULL,
        [SupportSoFar] nvarchar(4000) NULL,
        [HopedDifference] nvarchar(4000) NULL,
        [ChildViews] nvarchar(4000) NULL,
        [FamilyKnows] bit NOT NULL,
        [Declaration] bit NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [SubmittedAt] datetimeoffset NULL,
        [ReceivedOn] date NULL,
        [ChildId] uniqueidentifier NULL,
        [AssessmentCaseId] uniqueidentifier NULL,
        CONSTRAINT [PK_AssessmentRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssessmentRequests_AspNetUsers_AuthorId] FOREIGN KEY ([AuthorId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AssessmentRequests_AssessmentCases_AssessmentCaseId] FOREIGN KEY ([AssessmentCaseId]) REFERENCES [AssessmentCases] ([Id]),
        CONSTRAINT [FK_AssessmentRequests_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE TABLE [CaseDecisions] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentCaseId] uniqueidentifier NOT NULL,
        [ToAssess] bit NOT NULL,
        [DecidedOn] date NOT NULL,
        [Reasons] nvarchar(4000) NOT NULL,
        [DecidedById] nvarchar(450) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CaseDecisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseDecisions_AspNetUsers_DecidedById] FOREIGN KEY ([DecidedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseDecisions_AssessmentCases_AssessmentCaseId] FOREIGN KEY ([AssessmentCaseId]) REFERENCES [AssessmentCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [ChildId] uniqueidentifier NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Message] nvarchar(300) NOT NULL,
        [Link] nvarchar(300) NOT NULL,
        [OnceKey] nvarchar(100) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ReadAt] datetimeoffset NULL,
        [EmailedAt] datetimeoffset NULL,
        [EmailClaimedUntil] datetimeoffset NULL,
        [EmailAttempts] int NOT NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Notifications_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Notifications_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AssessmentRequests_AssessmentCaseId] ON [AssessmentRequests] ([AssessmentCaseId]) WHERE [AssessmentCaseId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE INDEX [IX_AssessmentRequests_AuthorId] ON [AssessmentRequests] ([AuthorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE INDEX [IX_AssessmentRequests_ChildId] ON [AssessmentRequests] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseDecisions_AssessmentCaseId] ON [CaseDecisions] ([AssessmentCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE INDEX [IX_CaseDecisions_DecidedById] ON [CaseDecisions] ([DecidedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE INDEX [IX_Notifications_ChildId] ON [Notifications] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE INDEX [IX_Notifications_EmailedAt] ON [Notifications] ([EmailedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    CREATE INDEX [IX_Notifications_UserId_CreatedAt] ON [Notifications] ([UserId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Notifications_UserId_OnceKey] ON [Notifications] ([UserId], [OnceKey]) WHERE [OnceKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123163755_RequestsDecisionsAndNotifications'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123163755_RequestsDecisionsAndNotifications', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191123_AnnualReviewsAndExceptions'
)
BEGIN
    ALTER TABLE [TimescaleExceptions] ADD [Details] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191123_AnnualReviewsAndExceptions'
)
BEGIN
    ALTER TABLE [TimescaleExceptions] ADD [RecordedById] nvarchar(450) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191123_AnnualReviewsAndExceptions'
)
BEGIN
    CREATE TABLE [AnnualReviews] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentCaseId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [PlanOrLastReviewOn] date NOT NULL,
        [MeetingOn] date NOT NULL,
        [ArrangedById] nvarchar(450) NOT NULL,
        [ArrangedAt] datetimeoffset NOT NULL,
        [PapersSentOn] date NULL,
        [MeetingRecordedAt] datetimeoffset NULL,
        [Attendees] nvarchar(1000) NULL,
        [Discussion] nvarchar(4000) NULL,
        [Recommendation] nvarchar(10) NULL,
        [ReportSentOn] date NULL,
        [Decision] nvarchar(10) NULL,
        [DecisionOn] date NULL,
        [DecisionReasons] nvarchar(4000) NULL,
        [DecidedById] nvarchar(450) NULL,
        [AmendmentNoticeOn] date NULL,
        [FamilyResponseOn] date NULL,
        [AmendedPlanOn] date NULL,
        [CompletedOn] date NULL,
        CONSTRAINT [PK_AnnualReviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AnnualReviews_AssessmentCases_AssessmentCaseId] FOREIGN KEY ([AssessmentCaseId]) REFERENCES [AssessmentCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191123_AnnualReviewsAndExceptions'
)
BEGIN
    CREATE TABLE [ReviewContributions] (
        [Id] uniqueidentifier NOT NULL,
        [AnnualReviewId] uniqueidentifier NOT NULL,
        [AuthorId] nvarchar(450) NOT NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [AuthorRole] nvarchar(40) NOT NULL,
        [WorkingWell] nvarchar(4000) NULL,
        [NotWorking] nvarchar(4000) NULL,
        [Changes] nvarchar(4000) NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ReviewContributions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReviewContributions_AnnualReviews_AnnualReviewId] FOREIGN KEY ([AnnualReviewId]) REFERENCES [AnnualReviews] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191123_AnnualReviewsAndExceptions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AnnualReviews_AssessmentCaseId_Number] ON [AnnualReviews] ([AssessmentCaseId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191123_AnnualReviewsAndExceptions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReviewContributions_AnnualReviewId_AuthorId] ON [ReviewContributions] ([AnnualReviewId], [AuthorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191123_AnnualReviewsAndExceptions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123191123_AnnualReviewsAndExceptions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123610_StatutoryDatesToTheDay'
)
BEGIN
    ALTER TABLE [TimescaleExceptions] ADD [FromOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123610_StatutoryDatesToTheDay'
)
BEGIN
    ALTER TABLE [TimescaleExceptions] ADD [Limits] int NOT NULL DEFAULT 12;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123610_StatutoryDatesToTheDay'
)
BEGIN
    ALTER TABLE [TimescaleExceptions] ADD [ToOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123610_StatutoryDatesToTheDay'
)
BEGIN
    ALTER TABLE [PlanVersions] ADD [RespondBy] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123610_StatutoryDatesToTheDay'
)
BEGIN
    ALTER TABLE [PlanVersions] ADD [ServedBy] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123610_StatutoryDatesToTheDay'
)
BEGIN
    ALTER TABLE [PlanVersions] ADD [ServedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123610_StatutoryDatesToTheDay'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [DraftResponseDueOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123610_StatutoryDatesToTheDay'
)
BEGIN
    ALTER TABLE [AnnualReviews] ADD [AmendmentResponseDueOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123610_StatutoryDatesToTheDay'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207123610_StatutoryDatesToTheDay', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207130720_DecisionNotToIssueAndMediation'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [NoPlanDecidedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207130720_DecisionNotToIssueAndMediation'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [NoPlanReasons] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207130720_DecisionNotToIssueAndMediation'
)
BEGIN
    CREATE TABLE [Mediations] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentCaseId] uniqueidentifier NOT NULL,
        [DecisionOn] date NOT NULL,
        [AdviserContactedOn] date NOT NULL,
        [Pursued] bit NOT NULL,
        [CouncilToldOn] date NULL,
        [HeldOn] date NULL,
        [CertificateOn] date NULL,
        [RecordedById] nvarchar(450) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Mediations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Mediations_AssessmentCases_AssessmentCaseId] FOREIGN KEY ([AssessmentCaseId]) REFERENCES [AssessmentCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207130720_DecisionNotToIssueAndMediation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Mediations_AssessmentCaseId_DecisionOn] ON [Mediations] ([AssessmentCaseId], [DecisionOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207130720_DecisionNotToIssueAndMediation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207130720_DecisionNotToIssueAndMediation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207152021_TribunalAppeals'
)
BEGIN
    CREATE TABLE [TribunalAppeals] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentCaseId] uniqueidentifier NOT NULL,
        [Decision] nvarchar(40) NOT NULL,
        [DecisionOn] date NOT NULL,
        [LodgedOn] date NOT NULL,
        [PlacementOnly] bit NOT NULL,
        [Outcome] nvarchar(20) NULL,
        [OutcomeOn] date NULL,
        [Orders] int NOT NULL,
        [FamilyToldOfAssessmentOn] date NULL,
        [NoPlanNoticeOn] date NULL,
        [DraftPlanOn] date NULL,
        [FinalPlanOn] date NULL,
        [ReconsideredOn] date NULL,
        [AmendedPlanOn] date NULL,
        [ContinuedOn] date NULL,
        [CeasedOn] date NULL,
        [RecordedById] nvarchar(450) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_TribunalAppeals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TribunalAppeals_AssessmentCases_AssessmentCaseId] FOREIGN KEY ([AssessmentCaseId]) REFERENCES [AssessmentCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207152021_TribunalAppeals'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TribunalAppeals_AssessmentCaseId_DecisionOn] ON [TribunalAppeals] ([AssessmentCaseId], [DecisionOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207152021_TribunalAppeals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207152021_TribunalAppeals', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207152235_PlanTransferOut'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [MoveLearnedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207152235_PlanTransferOut'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [MoveOutOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207152235_PlanTransferOut'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [TransferToCouncil] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207152235_PlanTransferOut'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [TransferredOutOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207152235_PlanTransferOut'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207152235_PlanTransferOut', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207160456_CeasingAPlanAndNotAmending'
)
BEGIN
    ALTER TABLE [AnnualReviews] ADD [NoAmendmentOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207160456_CeasingAPlanAndNotAmending'
)
BEGIN
    ALTER TABLE [AnnualReviews] ADD [NoAmendmentReasons] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207160456_CeasingAPlanAndNotAmending'
)
BEGIN
    CREATE TABLE [PlanCessations] (
        [Id] uniqueidentifier NOT NULL,
        [AssessmentCaseId] uniqueidentifier NOT NULL,
        [AnnualReviewNumber] int NULL,
        [Ground] nvarchar(40) NOT NULL,
        [ProposedOn] date NOT NULL,
        [ProposalReasons] nvarchar(4000) NOT NULL,
        [ProposedById] nvarchar(450) NOT NULL,
        [ProposedAt] datetimeoffset NOT NULL,
        [SchoolConsultedOn] date NULL,
        [FamilyViews] nvarchar(4000) NULL,
        [FamilyViewsOn] date NULL,
        [SchoolViews] nvarchar(4000) NULL,
        [SchoolViewsOn] date NULL,
        [Decision] nvarchar(20) NULL,
        [DecidedOn] date NULL,
        [DecisionReasons] nvarchar(4000) NULL,
        [DecidedById] nvarchar(450) NULL,
        [OutcomesAchieved] bit NULL,
        [NoticeSentOn] date NULL,
        [CeasesOn] date NULL,
        CONSTRAINT [PK_PlanCessations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanCessations_AssessmentCases_AssessmentCaseId] FOREIGN KEY ([AssessmentCaseId]) REFERENCES [AssessmentCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207160456_CeasingAPlanAndNotAmending'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanCessations_AssessmentCaseId_ProposedOn] ON [PlanCessations] ([AssessmentCaseId], [ProposedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207160456_CeasingAPlanAndNotAmending'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207160456_CeasingAPlanAndNotAmending', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207161652_ReopenCaseAfterTribunalOrder'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [NoPlanBeforeReopeningOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207161652_ReopenCaseAfterTribunalOrder'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [RefusedBeforeReopeningOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207161652_ReopenCaseAfterTribunalOrder'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [ReopenedByAppealId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207161652_ReopenCaseAfterTribunalOrder'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [ReopenedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207161652_ReopenCaseAfterTribunalOrder'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207161652_ReopenCaseAfterTribunalOrder', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207162921_TakingInAPlanFromAnotherCouncil'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [FromCouncil] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207162921_TakingInAPlanFromAnotherCouncil'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [TransferredInOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207162921_TakingInAPlanFromAnotherCouncil'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207162921_TakingInAPlanFromAnotherCouncil', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207181105_TellingTheFamilyAboutATransferredPlan'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [TransferNoticeOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207181105_TellingTheFamilyAboutATransferredPlan'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [TransferReassessing] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207181105_TellingTheFamilyAboutATransferredPlan'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [TransferReviewProposedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207181105_TellingTheFamilyAboutATransferredPlan'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207181105_TellingTheFamilyAboutATransferredPlan', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207205716_SessionRecordsAndSignInThrottles'
)
BEGIN
    CREATE TABLE [PortalSessions] (
        [Id] nvarchar(64) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [LastSeenAt] datetimeoffset NOT NULL,
        [EndedAt] datetimeoffset NULL,
        [EndReason] nvarchar(50) NULL,
        CONSTRAINT [PK_PortalSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PortalSessions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207205716_SessionRecordsAndSignInThrottles'
)
BEGIN
    CREATE TABLE [SignInThrottles] (
        [Key] nvarchar(64) NOT NULL,
        [Failures] int NOT NULL,
        [LastFailureAt] datetimeoffset NOT NULL,
        [Waits] int NOT NULL,
        [WaitUntil] datetimeoffset NULL,
        [OwnerWarnedAt] datetimeoffset NULL,
        CONSTRAINT [PK_SignInThrottles] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207205716_SessionRecordsAndSignInThrottles'
)
BEGIN
    CREATE INDEX [IX_PortalSessions_LastSeenAt] ON [PortalSessions] ([LastSeenAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207205716_SessionRecordsAndSignInThrottles'
)
BEGIN
    CREATE INDEX [IX_PortalSessions_UserId] ON [PortalSessions] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207205716_SessionRecordsAndSignInThrottles'
)
BEGIN
    CREATE INDEX [IX_SignInThrottles_LastFailureAt] ON [SignInThrottles] ([LastFailureAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207205716_SessionRecordsAndSignInThrottles'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207205716_SessionRecordsAndSignInThrottles', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207210944_PlanHistoryAnchors'
)
BEGIN
    ALTER TABLE [AuditEvents] ADD [AnchorHash] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207210944_PlanHistoryAnchors'
)
BEGIN
    ALTER TABLE [AuditEvents] ADD [AnchorNumber] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207210944_PlanHistoryAnchors'
)
BEGIN
    ALTER TABLE [AuditEvents] ADD [AnchorPlanId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207210944_PlanHistoryAnchors'
)
BEGIN
    ALTER TABLE [AuditEvents] ADD [AnchorSection] nvarchar(8) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207210944_PlanHistoryAnchors'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_AnchorPlanId_AnchorSection_AnchorNumber] ON [AuditEvents] ([AnchorPlanId], [AnchorSection], [AnchorNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207210944_PlanHistoryAnchors'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207210944_PlanHistoryAnchors', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215937_OneTimeFormKeys'
)
BEGIN
    CREATE TABLE [FormSubmissions] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Contents] nchar(64) NOT NULL,
        [FinishedAt] datetimeoffset NULL,
        [RedirectTo] nvarchar(2000) NULL,
        [Notice] nvarchar(1000) NULL,
        CONSTRAINT [PK_FormSubmissions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FormSubmissions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215937_OneTimeFormKeys'
)
BEGIN
    CREATE INDEX [IX_FormSubmissions_CreatedAt] ON [FormSubmissions] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215937_OneTimeFormKeys'
)
BEGIN
    CREATE INDEX [IX_FormSubmissions_UserId] ON [FormSubmissions] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215937_OneTimeFormKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207215937_OneTimeFormKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207233200_FreshAppealRightsAndMediationAgreements'
)
BEGIN
    ALTER TABLE [PlanCessations] ADD [LeftEducationOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207233200_FreshAppealRightsAndMediationAgreements'
)
BEGIN
    ALTER TABLE [Mediations] ADD [AgreedDueOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207233200_FreshAppealRightsAndMediationAgreements'
)
BEGIN
    ALTER TABLE [Mediations] ADD [AgreedOrders] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207233200_FreshAppealRightsAndMediationAgreements'
)
BEGIN
    ALTER TABLE [Mediations] ADD [AgreedOther] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207233200_FreshAppealRightsAndMediationAgreements'
)
BEGIN
    ALTER TABLE [Mediations] ADD [AgreementDoneOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207233200_FreshAppealRightsAndMediationAgreements'
)
BEGIN
    ALTER TABLE [Mediations] ADD [AgreementOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207233200_FreshAppealRightsAndMediationAgreements'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [PlanAmendedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207233200_FreshAppealRightsAndMediationAgreements'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [RefusedToAmendOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207233200_FreshAppealRightsAndMediationAgreements'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207233200_FreshAppealRightsAndMediationAgreements', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235426_TransferRecords'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [NewHealthBody] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235426_TransferRecords'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [NewHealthBodyToldOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235426_TransferRecords'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [TransferAdvice] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235426_TransferRecords'
)
BEGIN
    ALTER TABLE [AssessmentCases] ADD [TransferAdviceReceivedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207235426_TransferRecords'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207235426_TransferRecords', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208002144_TeamContactAndAdviceChased'
)
BEGIN
    ALTER TABLE [SendTeams] ADD [Email] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208002144_TeamContactAndAdviceChased'
)
BEGIN
    ALTER TABLE [SendTeams] ADD [Phone] nvarchar(30) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208002144_TeamContactAndAdviceChased'
)
BEGIN
    ALTER TABLE [AdviceRequests] ADD [ChasedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208002144_TeamContactAndAdviceChased'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208002144_TeamContactAndAdviceChased', N'10.0.15');
END;

COMMIT;
GO

