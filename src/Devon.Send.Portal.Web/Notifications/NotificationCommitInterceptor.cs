using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Devon.Send.Portal.Web.Notifications;

/// <summary>
/// Wakes the mailer when a transaction that wrote notifications commits. Woken earlier (when the save inside the
/// transaction ended) it would look on its own connection before the rows were committed, find nothing, and leave
/// them until its next check.
/// </summary>
public sealed class NotificationCommitInterceptor(NotificationMailer mailer) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    private void Wake(DbContext? context)
    {
        if (context is PortalDbContext { NotificationsWaiting: true } db)
        {
            db.NotificationsWaiting = false;
            mailer.Wake();
        }
    }
}
