using System.Numerics;
using Newtonsoft.Json.Linq;

namespace XanoLink.Json;

/// <summary>
/// The one owner of JSON numbers in the trees the loader builds (format.md, "Numbers and strings are kept exactly").
/// An integer written as JSON writes one (digits, an optional minus, not -0) stays a Newtonsoft integer: its long or
/// BigInteger prints back the same digits. Every other number is a <see cref="JRaw"/> holding the exact text it was
/// written with, so writing it gives that text back, DeepClone keeps it and DeepEquals compares it by text.
/// </summary>
internal static class JsonNumber
{
    public static bool IsNumber(JToken? token) =>
        token is not null && (token.Type is JTokenType.Integer or JTokenType.Float || (token is JRaw { Value: string text } && IsNumberText(text)));

    /// <summary>An integer as JSON writes one. <c>1.0</c>, <c>1e2</c> and <c>-0</c> are numbers, not integers.</summary>
    public static bool IsInteger(JToken? token) => token?.Type == JTokenType.Integer;

    /// <summary>
    /// The token the loader would hold for a number written as <paramref name="text"/> (an integer, else a JRaw of the
    /// text); null when the text is not a JSON number. Other readers (XanoScript) use it so both formats hold one model.
    /// </summary>
    public static JToken? FromText(string text)
    {
        if (!IsNumberText(text))
        {
            return null;
        }

        if (IsIntegerText(text))
        {
            if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var small))
            {
                return new JValue(small);
            }

            if (BigInteger.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var big))
            {
                return new JValue(big);
            }
        }

        return new JRaw(text);
    }

    /// <summary>The text of a number as it was written (as it will be written).</summary>
    public static string TextOf(JToken number) => number is JRaw { Value: string text } ? text : CanonicalJson.Compact(number);

    /// <summary>RFC 8259's number: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    public static bool IsNumberText(ReadOnlySpan<char> text)
    {
        var i = IntegerPartEnd(text);
        if (i < 0)
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            var digits = ++i;
            i = DigitsEnd(text, i);
            if (i == digits)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var digits = i;
            i = DigitsEnd(text, i);
            if (i == digits)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>Digits with an optional minus and no leading zero, other than <c>-0</c>: what stays a Newtonsoft integer.</summary>
    public static bool IsIntegerText(ReadOnlySpan<char> text) => IntegerPartEnd(text) == text.Length && text is not "-0";

    /// <summary>Orders two numbers by value, exactly (1e400 &gt; 12345678901234567890.5 &gt; 1); equal values by text.</summary>
    public static int Compare(JToken x, JToken y)
    {
        if (x is JValue { Value: long a } && y is JValue { Value: long b })
        {
            return a.CompareTo(b);
        }

        var (tx, ty) = (TextOf(x), TextOf(y));
        var byValue = (Parts.Parse(tx), Parts.Parse(ty)) switch
        {
            ({ } px, { } py) => px.CompareTo(py),
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
        };
        return byValue != 0 ? byValue : string.CompareOrdinal(tx, ty);
    }

    // The end of "-?(0|[1-9][0-9]*)", or -1 when the text does not start so.
    private static int IntegerPartEnd(ReadOnlySpan<char> text)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return -1;
        }

        return text[i] == '0' ? i + 1 : DigitsEnd(text, i);
    }

    private static int DigitsEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A number's exact value: Sign x 0.Digits x 10^Exponent, Digits without leading or trailing zeros (empty for zero).</summary>
    private readonly record struct Parts(int Sign, string Digits, BigInteger Exponent) : IComparable<Parts>
    {
        public static Parts? Parse(string text)
        {
            if (!IsNumberText(text))
            {
                return null;
            }

            var negative = text[0] == '-';
            var body = negative ? text[1..] : text;
            var e = body.IndexOfAny(['e', 'E']);
            var exponent = e < 0 ? BigInteger.Zero : BigInteger.Parse(body[(e + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            var mantissa = e < 0 ? body : body[..e];
            var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
            var whole = dot < 0 ? mantissa : mantissa[..dot];
            var all = dot < 0 ? mantissa : whole + mantissa[(dot + 1)..];
            var digits = all.TrimStart('0');
            var leadingZeros = all.Length - digits.Length;
            digits = digits.TrimEnd('0');
            return digits.Length == 0
                ? new Parts(0, "", BigInteger.Zero)
                : new Parts(negative ? -1 : 1, digits, exponent + whole.Length - leadingZeros);
        }

        public int CompareTo(Parts other)
        {
            if (Sign != other.Sign || Sign == 0)
            {
                return Sign.CompareTo(other.Sign);
            }

            var magnitude = Exponent != other.Exponent ? Exponent.CompareTo(other.Exponent) : string.CompareOrdinal(Digits, other.Digits);
            return Sign * magnitude;
        }
    }
}
