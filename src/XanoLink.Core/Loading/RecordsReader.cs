using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Loading;

/// <summary>Reads a JSON Lines records file; a bad line is reported and the other lines still load.</summary>
internal static class RecordsReader
{
    public static TableRecords? Read(SourceFile file, string table, List<Diagnostic> diagnostics)
    {
        if (file.Size > JsonFileReader.MaxFileSize)
        {
            diagnostics.Add(DiagnosticCatalog.FileTooLarge.At(file.Path, 0, 0, $"the file is {file.Size:N0} bytes; a records file may be at most 16 MiB (16,777,216 bytes): publish fewer records or keep the data elsewhere"));
            return null;
        }

        var text = JsonFileReader.Decode(file, file.ReadAllBytes(), diagnostics);
        if (text is null)
        {
            return null;
        }

        var entries = new List<RecordEntry>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var (token, error) = JsonFileReader.Parse(file.Path, line, lineOffset: i);
            if (error is not null)
            {
                diagnostics.Add(error);
                continue;
            }

            if (token is not JObject record)
            {
                diagnostics.Add(DiagnosticCatalog.NotAnObject.At(file.Path, i + 1, 1, "each line of a records file must be one JSON object, such as {\"id\": 1, \"name\": \"...\"}"));
                continue;
            }

            entries.Add(new RecordEntry(record, i + 1));
        }

        return new TableRecords(table, file, entries);
    }
}
