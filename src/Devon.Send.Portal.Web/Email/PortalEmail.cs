using System.Net.Sockets;
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
        // TLS is required, not merely tried: a relay that does not offer it fails rather than getting the message in clear.
        var security = settings.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(settings.Host ?? "localhost", settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(EmailMessage.Create(settings.From, recipient, subject, body), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// Sends email for the pages, which decide what to tell the person when it cannot be sent: the change it belongs to
/// is already saved. Failures are logged without the exception's text, which can hold the recipient's address, and
/// without the subject, which for a notification names the child.
/// </summary>
public sealed class PortalMail(IPortalEmailSender sender, ILogger<PortalMail> logger)
{
    /// <summary>
    /// Sends without waiting for the mail relay, for a page whose answer must take no longer for an address with an
    /// account than for one without (its timing must not tell who has an account). A failure is logged, as for
    /// <see cref="TrySendAsync"/>, and the person can ask again.
    /// </summary>
    public void SendInBackground(string recipient, string subject, string body) =>
        _ = Task.Run(() => TrySendAsync(recipient, subject, body, CancellationToken.None), CancellationToken.None);

    public async Task<bool> TrySendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default)
    {
        try
        {
            await sender.SendAsync(recipient, subject, body, cancellationToken);
            return true;
        }
#pragma warning disable CA1031 // Whatever the relay or network does, the person gets a page that says what happened.
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogError("An email could not be sent: {Failure}", Describe(e));
            return false;
        }
    }

    private static string Describe(Exception e) => e switch
    {
        SmtpCommandException smtp => $"the relay refused it ({smtp.ErrorCode}, status {(int)smtp.StatusCode})",
        SmtpProtocolException => "the relay broke the SMTP protocol",
        MailKit.Security.AuthenticationException => "the relay refused the portal's user name or password",
        SslHandshakeException => "no TLS connection could be made to the relay",
        NotSupportedException => "the relay does not offer STARTTLS",
        SocketException socket => $"the relay could not be reached ({socket.SocketErrorCode})",
        TimeoutException or OperationCanceledException => "the relay did not answer in time",
        IOException => "the connection to the relay failed",
        _ => e.GetType().Name,
    };
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
