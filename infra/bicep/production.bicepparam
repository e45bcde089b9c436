// Production: three instances, a replicated cache, geo-redundant database backups and zone-redundant attachments.
// Values that belong to the council's tenant are read from the deploying shell's environment (infra/README.md).
using 'main.bicep'

param environmentName = 'production'
param appServicePlanSku = 'P1v3'
param instanceCount = 3
param publicHostName = readEnvironmentVariable('PORTAL_PUBLIC_HOST_NAME', '')
param sqlDatabaseSku = {
  name: 'S2'
  tier: 'Standard'
}
param sqlBackupStorageRedundancy = 'Geo'
param redisSku = {
  name: 'Standard'
  family: 'C'
  capacity: 1
}
param storageSku = 'Standard_GZRS'
param logRetentionDays = 365

param sqlAdministratorsGroupName = readEnvironmentVariable('PORTAL_SQL_ADMINS_GROUP')
param sqlAdministratorsGroupObjectId = readEnvironmentVariable('PORTAL_SQL_ADMINS_GROUP_OBJECT_ID')
param azureAdClientId = readEnvironmentVariable('PORTAL_AZUREAD_CLIENT_ID')
param azureAdAllowedTenants = readEnvironmentVariable('PORTAL_AZUREAD_ALLOWED_TENANTS', '')
param smtpHost = readEnvironmentVariable('PORTAL_SMTP_HOST')
param smtpUserName = readEnvironmentVariable('PORTAL_SMTP_USERNAME', '')
param smtpFrom = readEnvironmentVariable('PORTAL_SMTP_FROM')
