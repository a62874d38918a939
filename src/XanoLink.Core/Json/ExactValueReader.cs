using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;

namespace XanoLink.Json;

/// <summary>
/// Newtonsoft's reader, made to keep values exactly (format.md): the text of each number is taken from the source. What
/// Newtonsoft would read as another value stops the read instead: a number JSON does not have (0x10, 010, .5, 1., NaN,
/// Infinity: XL1044), a lone surrogate escape in a string (XL1045), <c>undefined</c> and constructors (XL1001).
/// <see cref="Finish"/> then puts every number that is not a plain integer into the tree as a <see cref="JRaw"/> holding
/// its text (<see cref="JsonNumber"/>).
/// </summary>
internal sealed class ExactValueReader : JsonTextReader
{
    private readonly string path;
    private readonly string text;
    private readonly int lineOffset;
    private Queue<string>? exactTexts;
    private int line = 1;
    private int lineStart;

    public ExactValueReader(string path, string text, int lineOffset)
        : base(new StringReader(text))
    {
        this.path = path;
        this.text = text;
        this.lineOffset = lineOffset;
        DateParseHandling = DateParseHandling.None;
        FloatParseHandling = FloatParseHandling.Double;
        MaxDepth = JsonFileReader.MaxDepth;
    }

    /// <summary>Why reading stopped, when it stopped at a value JSON does not have.</summary>
    public Diagnostic? Problem { get; private set; }

    public override bool Read()
    {
        if (!base.Read())
        {
            return false;
        }

        switch (TokenType)
        {
            case JsonToken.Integer or JsonToken.Float:
                KeepNumberText();
                break;
            case JsonToken.String or JsonToken.PropertyName when ((string)Value!).Contains('\uFFFD', StringComparison.Ordinal):
                RejectLoneSurrogate();
                break;
            case JsonToken.Undefined:
                Stop(DiagnosticCatalog.MalformedJson, LinePosition - "undefined".Length + 1, "undefined is not JSON; write null or leave the property out");
                break;
            case JsonToken.StartConstructor:
                Stop(DiagnosticCatalog.MalformedJson, LinePosition, $"'new {Value}(...)' is a JavaScript constructor, not JSON; write the value as a string, number or object");
                break;
        }

        return true;
    }

    /// <summary>The tree read, with every number kept aside by <see cref="Read"/> put back as its exact text.</summary>
    public JToken Finish(JToken token)
    {
        if (exactTexts is null)
        {
            return token;
        }

        if (token is JValue { Type: JTokenType.Float } single)
        {
            return Exact(single);
        }

        PutBack(token);
        return token;
    }

    // Children in document order, the order Read met the numbers in; First/Next walk the tree without allocating.
    private void PutBack(JToken token)
    {
        for (var child = (token as JContainer)?.First; child is not null; child = child.Next)
        {
            if (child is JValue { Type: JTokenType.Float } number)
            {
                var exact = Exact(number);
                number.Replace(exact);
                child = exact;
            }
            else
            {
                PutBack(child);
            }
        }
    }

    private JRaw Exact(JValue number)
    {
        var exact = new JRaw(exactTexts!.Dequeue());

        // The loader's tokens carry one annotation, their line info, which diagnostics' positions need.
        if (number.Annotation<object>() is { } lineInfo)
        {
            exact.AddAnnotation(lineInfo);
        }

        return exact;
    }

    private void KeepNumberText()
    {
        var end = OffsetOf(LineNumber, LinePosition);
        var start = end;
        while (start > lineStart && IsNumberChar(text[start - 1]))
        {
            start--;
        }

        var number = text.AsSpan(start, end - start);
        if (TokenType == JsonToken.Integer && JsonNumber.IsIntegerText(number))
        {
            return;
        }

        if (!JsonNumber.IsNumberText(number))
        {
            Stop(DiagnosticCatalog.NotAJsonNumber, start - lineStart + 1, NotANumber(number.ToString()));
        }

        (exactTexts ??= new Queue<string>()).Enqueue(number.ToString());
        if (TokenType == JsonToken.Integer)
        {
            // -0: a number but not an integer, so it becomes a JRaw like any other; a double keeps the token a float.
            SetToken(JsonToken.Float, -0.0, updateIndex: false);
        }
    }

    /// <summary>
    /// The offset in the text of Newtonsoft's (line, position). Newtonsoft ends a line at \n, \r\n and a lone \r; numbers
    /// come in order, so the line starts are found once, as the reader moves on.
    /// </summary>
    private int OffsetOf(int lineNumber, int position)
    {
        while (line < lineNumber)
        {
            var next = text.AsSpan(lineStart).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            var at = lineStart + next;
            lineStart = at + (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1);
            line++;
        }

        return Math.Min(lineStart + position, text.Length);
    }

    // Everything Newtonsoft reads as part of a number token, JSON or not (0x1F, NaN, -Infinity, 1.5e+3).
    private static bool IsNumberChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-';

    private static string NotANumber(string number)
    {
        var digits = number.TrimStart('-');
        var advice = digits switch
        {
            "NaN" or "Infinity" => "JSON has no NaN or Infinity; write null, or the value as a string",
            _ when digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => "JSON numbers are decimal; write it in decimal digits",
            _ when digits.StartsWith('.') => $"a JSON number has a digit before its '.'; write {number.Replace(".", "0.", StringComparison.Ordinal)}",
            _ when digits.EndsWith('.') => $"a JSON number has a digit after its '.'; write {number}0 or {number.TrimEnd('.')}",
            _ when digits.Length > 1 && digits[0] == '0' => "a JSON number has no leading zero (010 may mean 10 or octal 8); write the number without it",
            _ => "write it as a JSON number, such as 12, -0.5 or 1e-7",
        };
        return $"'{number}' is not a JSON number: {advice}. XanoLink keeps values as written, so it does not read it as another value";
    }

    // Newtonsoft reads "\ud800" alone as U+FFFD; a U+FFFD written as itself (or as \ufffd) is kept.
    private void RejectLoneSurrogate()
    {
        var at = LoneSurrogates.FirstEscaped(text);
        if (at < 0)
        {
            return;
        }

        var lineOfEscape = text.AsSpan(0, at).Count('\n');
        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
        Problem = DiagnosticCatalog.LoneSurrogate.At(path, lineOfEscape + 1 + lineOffset, column, $"the string holds '{text.Substring(at, 6)}', half of a UTF-16 surrogate pair, which is no character and would be read as U+FFFD; write the whole pair (such as \\ud83d\\ude00) or remove it");
        throw new JsonReaderException(Problem.Message, Path, LineNumber, LinePosition, null);
    }

    private void Stop(DiagnosticDescriptor descriptor, int column, string message)
    {
        Problem = descriptor.At(path, LineNumber + lineOffset, Math.Max(1, column), message);
        throw new JsonReaderException(message, Path, LineNumber, column, null);
    }
}
