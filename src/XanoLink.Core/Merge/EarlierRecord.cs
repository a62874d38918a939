using Newtonsoft.Json.Linq;

namespace XanoLink.Merge;

/// <summary>
/// The version of a record (by its id key, <see cref="Json.RecordIdComparer.KeyOf"/>) that the source last sent in the
/// records file at <paramref name="recordsPath"/> before the merge base, or null when none is known. A records merge asks
/// only for a record both sides hold differently and the base lacks: one that left the sent records (schema only, a
/// shorter id list) and came back, which without an earlier version would be a conflict whatever changed it.
/// </summary>
public delegate JObject? EarlierRecord(string recordsPath, string idKey);
