using System.Globalization;
using System.Numerics;

namespace ChaosBench.Reports.Elle;

/// <summary>The bare words of EDN: <c>nil</c>, <c>true</c>, <c>false</c>, numbers, and symbols.</summary>
internal static class EdnAtoms
{
    /// <summary>
    /// The value a bare word stands for: integers as <see cref="long"/> (<see cref="BigInteger"/> when larger, an
    /// <c>N</c> suffix allowed), other numbers as <see cref="double"/> (an <c>M</c> suffix allowed), any word that
    /// does not start like a number as an <see cref="EdnSymbol"/>. False for a word that starts like a number but is none.
    /// </summary>
    public static bool TryParse(string token, out object? atom)
    {
        atom = null;
        if (token is "nil")
        {
            return true;
        }

        if (token is "true" or "false")
        {
            atom = token == "true";
            return true;
        }

        var digits = token.TrimStart('+', '-');
        if (digits.Length == 0 || !char.IsAsciiDigit(digits[0]))
        {
            atom = new EdnSymbol(token);
            return true;
        }

        var integer = token.TrimEnd('N');
        if (long.TryParse(integer, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
        {
            atom = small;
            return true;
        }

        if (BigInteger.TryParse(integer, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
        {
            atom = big;
            return true;
        }

        var decimalNumber = double.TryParse(token.TrimEnd('M'), NumberStyles.Float, CultureInfo.InvariantCulture, out var real);
        atom = decimalNumber ? real : null;
        return decimalNumber;
    }
}
