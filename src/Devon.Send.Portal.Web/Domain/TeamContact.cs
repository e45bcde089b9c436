namespace Devon.Send.Portal.Web.Domain;

/// <summary>How a SEND team's phone number is checked before families are shown it.</summary>
public static class TeamContact
{
    /// <summary>
    /// The number as typed with its spaces tidied, or null when it is not a UK number: digits, spaces, brackets and
    /// hyphens only, 10 or 11 digits starting with 0, or +44 and the number without its 0.
    /// </summary>
    public static string? NormalisePhone(string? text)
    {
        var trimmed = string.Join(' ', (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var plus = trimmed.StartsWith('+');
        var rest = plus ? trimmed[1..] : trimmed;
        if (rest.Length == 0 || rest.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '(' or ')' or '-')))
        {
            return null;
        }

        var digits = new string([.. rest.Where(char.IsAsciiDigit)]);
        if (plus)
        {
            if (!digits.StartsWith("44", StringComparison.Ordinal) || digits.Length < 3 || digits[2] == '0')
            {
                return null;
            }

            digits = "0" + digits[2..];
        }

        return digits.StartsWith('0') && !digits.StartsWith("00", StringComparison.Ordinal) && digits.Length is 10 or 11 ? trimmed : null;
    }
}
