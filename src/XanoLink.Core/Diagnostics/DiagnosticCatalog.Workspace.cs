namespace XanoLink.Diagnostics;

public static partial class DiagnosticCatalog
{
    // Files: encoding, size, syntax, place.
    public static readonly DiagnosticDescriptor MalformedJson = new("XL1001", Severity.Error, "Malformed JSON");
    public static readonly DiagnosticDescriptor NotUtf8 = new("XL1002", Severity.Error, "File is not UTF-8");
    public static readonly DiagnosticDescriptor ByteOrderMark = new("XL1003", Severity.Warning, "File starts with a byte order mark");
    public static readonly DiagnosticDescriptor FileTooLarge = new("XL1004", Severity.Error, "File larger than 16 MiB");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("XL1005", Severity.Error, "JSON nested deeper than 64 levels");
    public static readonly DiagnosticDescriptor SymlinkOutside = new("XL1006", Severity.Error, "Symbolic link leaves the workspace");
    public static readonly DiagnosticDescriptor UnknownFile = new("XL1007", Severity.Warning, "File in no known place");
    public static readonly DiagnosticDescriptor NotAnObject = new("XL1008", Severity.Error, "File does not hold a JSON object");
    public static readonly DiagnosticDescriptor MissingWorkspaceFile = new("XL1009", Severity.Error, "workspace.json missing");

    // Shape of an object: properties and their types.
    public static readonly DiagnosticDescriptor MissingProperty = new("XL1010", Severity.Error, "Required property missing");
    public static readonly DiagnosticDescriptor WrongType = new("XL1011", Severity.Error, "Property of the wrong type");
    public static readonly DiagnosticDescriptor UnknownProperty = new("XL1012", Severity.Warning, "Unknown property");
    public static readonly DiagnosticDescriptor InvalidValue = new("XL1013", Severity.Error, "Value not allowed");

    // Identity: names, paths and guids.
    public static readonly DiagnosticDescriptor NameMismatch = new("XL1020", Severity.Error, "Name does not match the file's path");
    public static readonly DiagnosticDescriptor UnsafeName = new("XL1021", Severity.Error, "Name is not a safe path");
    public static readonly DiagnosticDescriptor InvalidGuid = new("XL1022", Severity.Error, "Invalid guid");
    public static readonly DiagnosticDescriptor DuplicateGuid = new("XL1023", Severity.Error, "Duplicate guid");
    public static readonly DiagnosticDescriptor DuplicateName = new("XL1024", Severity.Error, "Duplicate name");
    public static readonly DiagnosticDescriptor DuplicateRoute = new("XL1025", Severity.Error, "Duplicate verb and path in an API group");
    public static readonly DiagnosticDescriptor MissingApiGroup = new("XL1026", Severity.Error, "API endpoint without its group");

    // Meaning: references, tables, records.
    public static readonly DiagnosticDescriptor UnresolvedReference = new("XL1030", Severity.Error, "Reference does not resolve");
    public static readonly DiagnosticDescriptor EnumWithoutValues = new("XL1031", Severity.Error, "Enum field without values");
    public static readonly DiagnosticDescriptor VectorWithoutSize = new("XL1032", Severity.Error, "Vector field without size");
    public static readonly DiagnosticDescriptor IndexOnMissingField = new("XL1033", Severity.Error, "Index on a field the table does not have");
    public static readonly DiagnosticDescriptor MissingIdField = new("XL1034", Severity.Error, "Table without an int or uuid id field");
    public static readonly DiagnosticDescriptor RecordWithoutId = new("XL1040", Severity.Error, "Record without an id");
    public static readonly DiagnosticDescriptor DuplicateRecordId = new("XL1041", Severity.Error, "Duplicate record id");
    public static readonly DiagnosticDescriptor RecordUnknownField = new("XL1042", Severity.Error, "Record field the table does not define");
    public static readonly DiagnosticDescriptor RecordsWithoutTable = new("XL1043", Severity.Error, "Records file without its table");

    // Values: kept exactly as written, never read as another value.
    public static readonly DiagnosticDescriptor NotAJsonNumber = new("XL1044", Severity.Error, "Number JSON does not have");
    public static readonly DiagnosticDescriptor LoneSurrogate = new("XL1045", Severity.Error, "Half a character in a string");

    // Hostile names and paths: what would forge output, or write or read outside the workspace.
    public static readonly DiagnosticDescriptor InvalidWorkspaceName = new("XL1050", Severity.Error, "Workspace name holds a control character");
    public static readonly DiagnosticDescriptor PathControlCharacter = new("XL1051", Severity.Error, "Path holds a control character");
    public static readonly DiagnosticDescriptor UnsafeWrite = new("XL1052", Severity.Error, "Write refused: the file is a symbolic link or leaves the workspace");
}
