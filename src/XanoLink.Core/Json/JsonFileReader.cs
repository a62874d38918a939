using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Files;

namespace XanoLink.Json;

/// <summary>The result of reading one JSON file: its token (null when unreadable) and what was wrong with it.</summary>
internal sealed record ParsedJson(JToken? Token, SourceText? Text, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads workspace JSON with the limits format.md sets: UTF-8, at most 16 MiB, at most 64 levels deep; values are kept
/// exactly as written (<see cref="ExactValueReader"/>).
/// </summary>
internal static class JsonFileReader
{
    public const long MaxFileSize = 16L * 1024 * 1024;
    public const int MaxDepth = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static JsonLoadSettings LoadSettings { get; } = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    /// <summary>Decodes a file's bytes, or reports why they are not UTF-8 text.</summary>
    public static string? Decode(SourceFile file, byte[] bytes, List<Diagnostic> diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            diagnostics.Add(DiagnosticCatalog.ByteOrderMark.At(file.Path, 1, 1, "the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM (xanolink format does)"));
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = PositionOfByte(span, ex.Index);
            diagnostics.Add(DiagnosticCatalog.NotUtf8.At(file.Path, line, column, "the file is not valid UTF-8 text; save it as UTF-8"));
            return null;
        }
    }

    public static ParsedJson Read(SourceFile file)
    {
        var diagnostics = new List<Diagnostic>();
        if (file.Size > MaxFileSize)
        {
            diagnostics.Add(DiagnosticCatalog.FileTooLarge.At(file.Path, 0, 0, $"the file is {file.Size:N0} bytes; workspace files may be at most 16 MiB (16,777,216 bytes): split the object or move data out of it"));
            return new ParsedJson(null, null, diagnostics);
        }

        var text = Decode(file, file.ReadAllBytes(), diagnostics);
        if (text is null)
        {
            return new ParsedJson(null, null, diagnostics);
        }

        var (token, error) = Parse(file.Path, text);
        if (error is not null)
        {
            diagnostics.Add(error);
        }

        return new ParsedJson(token, new SourceText(text), diagnostics);
    }

    /// <summary>Parses one JSON document (a whole file or one line of a records file).</summary>
    public static (JToken? Token, Diagnostic? Error) Parse(string path, string text, int lineOffset = 0)
    {
        using var reader = new ExactValueReader(path, text, lineOffset);
        try
        {
            var token = JToken.ReadFrom(reader, LoadSettings);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    return (null, DiagnosticCatalog.MalformedJson.At(path, reader.LineNumber + lineOffset, Math.Max(1, reader.LinePosition), "unexpected content after the end of the JSON value; a file holds exactly one JSON value"));
                }
            }

            return (reader.Finish(token), null);
        }
        catch (JsonReaderException) when (reader.Problem is { } problem)
        {
            return (null, problem);
        }
        catch (JsonReaderException ex) when (ex.Message.Contains("MaxDepth", StringComparison.Ordinal))
        {
            return (null, DiagnosticCatalog.NestingTooDeep.At(path, ex.LineNumber + lineOffset, Math.Max(1, ex.LinePosition), $"JSON is nested deeper than {MaxDepth} levels; flatten the structure"));
        }
        catch (JsonReaderException ex)
        {
            var line = ex.LineNumber == 0 ? 1 : ex.LineNumber;
            return (null, DiagnosticCatalog.MalformedJson.At(path, line + lineOffset, Math.Max(1, ex.LinePosition), $"malformed JSON: {Describe(ex)}"));
        }
    }

    // Newtonsoft appends "Path '...', line N, position M." to its messages; the diagnostic already says where.
    private static string Describe(JsonReaderException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        message = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
        if (message.StartsWith("Unexpected end of content while loading", StringComparison.Ordinal) || message.StartsWith("Unexpected end when", StringComparison.Ordinal))
        {
            return "the file ends before the JSON is complete (is a } or ] missing?)";
        }

        if (message.StartsWith("After parsing a value an unexpected character", StringComparison.Ordinal))
        {
            message += " (is a comma missing before it?)";
        }

        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : "unreadable";
    }

    private static (int Line, int Column) PositionOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
