using Microsoft.AspNetCore.Identity;

namespace Devon.Send.Portal.Web.Account;

/// <summary>
/// NCSC password guidance: a minimum length (set in the Identity options) and a block list of common
/// passwords, with no composition rules. A common password padded with digits or symbols to reach the
/// length ("password1234!") is refused too, as is one made of the person's own email or name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    private static readonly Lazy<HashSet<string>> BlockList = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IsCommon(password) || IsPersonal(password, user)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Enter a password that is harder to guess: this one is too common or contains your name or email address",
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        var core = lower.Trim("0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\| ".ToCharArray());
        return core.Length < 4 || BlockList.Value.Contains(lower) || BlockList.Value.Contains(core) || IsRepeated(core);
    }

    private static bool IsRepeated(string core)
    {
        for (var size = 1; size <= core.Length / 2; size++)
        {
            if (core.Length % size == 0 && core == string.Concat(Enumerable.Repeat(core[..size], core.Length / size)))
            {
                return BlockList.Value.Contains(core[..size]) || size <= 3;
            }
        }

        return false;
    }

    private static bool IsPersonal(string password, PortalUser user)
    {
        var lower = password.ToLowerInvariant();
        var localPart = user.Email?.Split('@')[0].ToLowerInvariant();
        return (localPart is { Length: >= 4 } && lower.Contains(localPart, StringComparison.Ordinal))
            || user.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(n => n.Length >= 4 && lower.Contains(n.ToLowerInvariant(), StringComparison.Ordinal) && lower.Length - n.Length < 8);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line);
            }
        }

        return set;
    }
}

/// <summary>Identity's messages, reworded in the GOV.UK style for the errors people meet.</summary>
public sealed class GovUkIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Password must be {length} characters or more" };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "An account already exists for this email address. Sign in instead, or ask your caseworker for help" };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "An account already exists for this email address. Sign in instead, or ask your caseworker for help" };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Enter an email address in the correct format, like name@example.com" };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "Enter an email address in the correct format, like name@example.com" };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "This link has expired or has already been used" };
}
