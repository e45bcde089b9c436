using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Devon.Send.Portal.Web.Email;

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool UseStartTls { get; set; } = true;
    public string From { get; set; } = "Devon SEND Portal <no-reply@send-portal.example.org>";

    /// <summary>Where messages are written instead of sent, in Development when no SMTP host is set.</summary>
    public string PickupFolder { get; set; } = "data/mail";
}

public interface IPortalEmailSender
{
    Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default);
}

/// <summary>Sends through an SMTP relay (Smtp:Host, Smtp:Port, Smtp:UserName, Smtp:Password).</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IPortalEmailSender
{
    public async Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        var security = settings.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None;
        await client.ConnectAsync(settings.Host ?? "localhost", settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(EmailMessage.Create(settings.From, recipient, subject, body), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>Writes each message as an .eml file, so the demo's email confirmation works with no mail server.</summary>
public sealed class PickupFolderEmailSender(IOptions<SmtpOptions> options, IHostEnvironment environment, TimeProvider clock)
    : IPortalEmailSender
{
    public string Folder => Path.GetFullPath(options.Value.PickupFolder, environment.ContentRootPath);

    public async Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        using var message = EmailMessage.Create(options.Value.From, recipient, subject, body);
        await message.WriteToAsync(Path.Combine(Folder, name), cancellationToken);
    }
}

internal static class EmailMessage
{
    public static MimeMessage Create(string from, string to, string subject, string body) => new(
        [MailboxAddress.Parse(from)],
        [MailboxAddress.Parse(to)],
        subject,
        new TextPart("plain") { Text = body });
}
