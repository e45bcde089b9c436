using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Devon.Send.Portal.IntegrationTests;

/// <summary>What an authenticator app does, so tests can turn on two-step sign-in and sign in with it.</summary>
public static class Totp
{
    /// <summary>RFC 6238 with the settings authenticator apps use: HMAC-SHA1, 30-second steps, 6 digits.</summary>
    public static string CodeFor(string setupKey)
    {
        var secret = Base32(setupKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        // Identity checks authenticator codes against the system clock, not the injected TimeProvider.
        var now = TimeProvider.System.GetUtcNow();
        var step = (long)((now - DateTimeOffset.UnixEpoch).TotalSeconds / 30);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
