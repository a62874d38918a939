using XanoLink.Diagnostics;

namespace XanoLink.Model;

/// <summary>
/// A reference by name from one object to another, with where it is written and how a person would
/// say it ("step 2 Get Record table"), so messages can tell why an item is needed.
/// </summary>
public sealed record Reference(ItemKey From, ItemKey To, SourcePosition Position, string Via);
