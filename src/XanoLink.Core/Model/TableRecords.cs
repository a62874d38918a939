using Newtonsoft.Json.Linq;
using XanoLink.Files;

namespace XanoLink.Model;

/// <summary>One record of a table, with the line of the records file it sits on.</summary>
public sealed record RecordEntry(JObject Json, int Line)
{
    public JToken? Id => Json["id"];
}

/// <summary>The records of one table, from <c>tables/NAME.records.jsonl</c>.</summary>
public sealed class TableRecords
{
    internal TableRecords(string table, SourceFile file, IReadOnlyList<RecordEntry> records)
    {
        Table = table;
        File = file;
        Records = records;
    }

    public string Table { get; }

    public SourceFile File { get; }

    public string Path => File.Path;

    public string BlobId => File.BlobId;

    public IReadOnlyList<RecordEntry> Records { get; }
}
