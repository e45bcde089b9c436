// The Devon SEND Portal on Azure, in one resource group per environment: the web app on App Service (Linux, .NET 10)
// on at least two instances, Azure SQL Database with Entra ID authentication only, Azure Cache for Redis for the
// SignalR backplane, a storage account for attachments, Key Vault for secrets, and Application Insights over a
// Log Analytics workspace. The web app reaches SQL, Key Vault and storage with its own managed identity: no password
// or key for them appears here. See infra/README.md for deploying and for the steps that cannot be templated.

targetScope = 'resourceGroup'

type sqlDatabaseSkuType = {
  @description('For example S1, or GP_S_Gen5_2 for serverless.')
  name: string
  tier: string
}

type redisSkuType = {
  name: 'Basic' | 'Standard' | 'Premium'
  family: 'C' | 'P'
  capacity: int
}

@description('Which environment this is; it names the resources and is tagged on them.')
@allowed([
  'test'
  'production'
])
param environmentName string

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('The start of every resource name, lower case letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param namePrefix string = 'devon-send'

@description('App Service plan SKU (a Premium v3 size keeps Always On, health-check routing and enough memory for two or more instances).')
param appServicePlanSku string = 'P1v3'

@description('How many instances of the web app run. At least two, so that one can be replaced while the other serves.')
@minValue(2)
@maxValue(30)
param instanceCount int = 2

@description('The public host name people use, for example send-portal.devon.gov.uk, once its custom domain and certificate are bound (infra/README.md). Empty: the web app\'s own azurewebsites.net name.')
param publicHostName string = ''

@description('Azure SQL Database SKU.')
param sqlDatabaseSku sqlDatabaseSkuType = {
  name: 'S1'
  tier: 'Standard'
}

@description('Where the database\'s backups are kept: Local, Zone or Geo.')
@allowed([
  'Local'
  'Zone'
  'Geo'
])
param sqlBackupStorageRedundancy string = 'Geo'

@description('The Entra ID group whose members administer the SQL server (and run infra/sql/portal-sqlserver.sql). Its display name.')
param sqlAdministratorsGroupName string

@description('The object id of that group.')
param sqlAdministratorsGroupObjectId string

@description('Azure Cache for Redis SKU: Basic has no replica and no SLA; Standard or Premium for production.')
param redisSku redisSkuType = {
  name: 'Standard'
  family: 'C'
  capacity: 1
}

@description('Storage account replication for attachments.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Days the Log Analytics workspace keeps logs and Application Insights telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('The council\'s Entra ID tenant, where the portal\'s app registration lives.')
param azureAdTenantId string = tenant().tenantId

@description('The application (client) id of the portal\'s app registration (infra/README.md).')
param azureAdClientId string

@description('Tenant ids whose people may sign in, separated by commas (for example the council\'s and a health trust\'s). Empty: only azureAdTenantId.')
param azureAdAllowedTenants string = ''

@description('The SMTP relay the portal sends email through.')
param smtpHost string

@description('The SMTP port.')
param smtpPort int = 587

@description('The SMTP user name. Empty: the relay takes mail without signing in, and no Smtp:Password is set.')
param smtpUserName string = ''

@description('The address email comes from.')
param smtpFrom string

@description('Tags on every resource.')
param tags {
  *: string
} = {}

var suffix = uniqueString(resourceGroup().id, environmentName)
var envShort = environmentName == 'production' ? 'prod' : 'test'
var baseName = '${namePrefix}-${envShort}'
var webAppName = '${baseName}-${take(suffix, 6)}'
var allTags = union(tags, {
  application: 'devon-send-portal'
  environment: environmentName
})

// Built-in role definitions.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

// Key Vault secret names: the template writes the Redis one; people write the other two (infra/README.md).
var redisSecretName = 'redis-connection-string'
var smtpPasswordSecretName = 'smtp-password'
var azureAdClientSecretName = 'azuread-client-secret'

// ---- Monitoring ------------------------------------------------------------------------------------------------

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  tags: allTags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights'
  location: location
  tags: allTags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    IngestionMode: 'LogAnalytics'
    RetentionInDays: logRetentionDays
  }
}

// ---- Secrets ---------------------------------------------------------------------------------------------------

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${envShort}-${suffix}'
  location: location
  tags: allTags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource vaultAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: logs.id
    logs: [
      {
        categoryGroup: 'audit'
        enabled: true
      }
    ]
  }
}

// ---- Data ------------------------------------------------------------------------------------------------------

resource sqlServer 'Microsoft.Sql/servers@2023-08-01' = {
  name: '${baseName}-sql-${take(suffix, 6)}'
  location: location
  tags: allTags
  properties: {
    version: '12.0'
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      login: sqlAdministratorsGroupName
      sid: sqlAdministratorsGroupObjectId
      principalType: 'Group'
      tenantId: azureAdTenantId
    }
  }
}

// App Service's outbound addresses are shared and change; this rule lets Azure services reach the server, which
// still admits only Entra ID identities that have a user in the database.
resource sqlFromAzure 'Microsoft.Sql/servers/firewallRules@2023-08-01' = {
  parent: sqlServer
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource database 'Microsoft.Sql/servers/databases@2023-08-01' = {
  parent: sqlServer
  name: 'devon-send-portal'
  location: location
  tags: allTags
  sku: sqlDatabaseSku
  properties: {
    collation: 'SQL_Latin1_General_CP1_CI_AS'
    requestedBackupStorageRedundancy: sqlBackupStorageRedundancy
  }
}

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: '${baseName}-redis-${take(suffix, 6)}'
  location: location
  tags: allTags
  properties: {
    sku: redisSku
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    redisVersion: '6'
  }
}

// The SignalR backplane's connection string, written straight from the cache's key into Key Vault, never output.
resource redisSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: redisSecretName
  properties: {
    value: '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False'
    contentType: 'StackExchange.Redis configuration string'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${envShort}${suffix}'
  location: location
  tags: allTags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: 30
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 30
    }
  }
}

resource attachments 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'attachments'
  properties: {
    publicAccess: 'None'
  }
}

// ---- The web app -----------------------------------------------------------------------------------------------

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${baseName}-plan'
  location: location
  tags: allTags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: allTags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Sticky sessions: a SignalR connection that falls back from WebSockets keeps reaching the same instance.
    clientAffinityEnabled: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      webSocketsEnabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      use32BitWorkerProcess: false
    }
  }
}

// Deployments sign in with Entra ID (az webapp deploy), never with the basic publishing user name and password.
resource noFtpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource noScmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource webAppReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, webApp.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource webAppWritesBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, webApp.id, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

var publicBaseUrl = empty(publicHostName) ? 'https://${webApp.properties.defaultHostName}/' : 'https://${publicHostName}/'

// Linux App Service passes settings as environment variables, so ':' in a key is written '__'.
var smtpSettings = union({
  Smtp__Host: smtpHost
  Smtp__Port: string(smtpPort)
  Smtp__UseStartTls: 'true'
  Smtp__From: smtpFrom
}, empty(smtpUserName) ? {} : {
  Smtp__UserName: smtpUserName
  Smtp__Password: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${smtpPasswordSecretName}/)'
})

// A separate resource from the site, so that it is applied after the identity can read Key Vault: the references
// resolve at the first start.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: webApp
  name: 'appsettings'
  dependsOn: [
    webAppReadsSecrets
    webAppWritesBlobs
  ]
  properties: union(smtpSettings, {
    ASPNETCORE_ENVIRONMENT: 'Production'
    Database__Provider: 'SqlServer'
    Database__MigrateOnStartup: 'false'
    ConnectionStrings__Portal: 'Server=tcp:${sqlServer.properties.fullyQualifiedDomainName},1433;Database=${database.name};Authentication=Active Directory Managed Identity;Encrypt=True;TrustServerCertificate=False;Connect Timeout=30'
    ConnectionStrings__Redis: '@Microsoft.KeyVault(SecretUri=${redisSecret.properties.secretUri})'
    Portal__PublicBaseUrl: publicBaseUrl
    // App Service's front end is the only way in, and it sets X-Forwarded-For and X-Forwarded-Proto.
    ForwardedHeaders__KnownNetworks: '0.0.0.0/0,::/0'
    AzureAd__Instance: environment().authentication.loginEndpoint
    AzureAd__TenantId: azureAdTenantId
    AzureAd__ClientId: azureAdClientId
    AzureAd__ClientSecret: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${azureAdClientSecretName}/)'
    AzureAd__AllowedTenants: empty(azureAdAllowedTenants) ? azureAdTenantId : azureAdAllowedTenants
    // Reached with the web app's identity (Storage Blob Data Contributor, above): the account allows no shared keys.
    Attachments__Store: 'AzureBlob'
    Attachments__BlobServiceUri: storage.properties.primaryEndpoints.blob
    Attachments__Container: attachments.name
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  })
}

resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

// ---- For the steps after deployment ----------------------------------------------------------------------------

@description('The web app; also the name of its managed identity, for CREATE USER in the database.')
output webAppName string = webApp.name

@description('The web app\'s own host name.')
output webAppHostName string = webApp.properties.defaultHostName

@description('The address the portal builds its links from.')
output publicBaseUrl string = publicBaseUrl

@description('Where the Entra ID app registration must send people back to.')
output redirectUri string = '${publicBaseUrl}signin-oidc'

output sqlServerHostName string = sqlServer.properties.fullyQualifiedDomainName
output sqlDatabaseName string = database.name
output keyVaultName string = vault.name
output storageAccountName string = storage.name
output attachmentsContainerName string = attachments.name
