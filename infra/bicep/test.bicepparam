// The test environment: the smallest sizes that still run two instances and the SignalR backplane.
// Values that belong to the council's tenant are read from the deploying shell's environment (infra/README.md).
using 'main.bicep'

param environmentName = 'test'
param appServicePlanSku = 'P0v3'
param instanceCount = 2
param sqlDatabaseSku = {
  name: 'S0'
  tier: 'Standard'
}
param sqlBackupStorageRedundancy = 'Local'
param redisSku = {
  name: 'Basic'
  family: 'C'
  capacity: 0
}
param storageSku = 'Standard_LRS'
param logRetentionDays = 30

param sqlAdministratorsGroupName = readEnvironmentVariable('PORTAL_SQL_ADMINS_GROUP')
param sqlAdministratorsGroupObjectId = readEnvironmentVariable('PORTAL_SQL_ADMINS_GROUP_OBJECT_ID')
param azureAdClientId = readEnvironmentVariable('PORTAL_AZUREAD_CLIENT_ID')
param azureAdAllowedTenants = readEnvironmentVariable('PORTAL_AZUREAD_ALLOWED_TENANTS', '')
param smtpHost = readEnvironmentVariable('PORTAL_SMTP_HOST')
param smtpUserName = readEnvironmentVariable('PORTAL_SMTP_USERNAME', '')
param smtpFrom = readEnvironmentVariable('PORTAL_SMTP_FROM')
