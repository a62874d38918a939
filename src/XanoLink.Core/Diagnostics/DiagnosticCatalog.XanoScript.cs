namespace XanoLink.Diagnostics;

// XL1100-XL1149: XanoScript (.xs) files.
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor XsUnexpected = new("XL1100", Severity.Error, "Unexpected text in XanoScript");
    public static readonly DiagnosticDescriptor XsUnterminatedString = new("XL1101", Severity.Error, "String never closed");
    public static readonly DiagnosticDescriptor XsUnclosedBracket = new("XL1102", Severity.Error, "Bracket or block never closed");
    public static readonly DiagnosticDescriptor XsExpectedValue = new("XL1103", Severity.Error, "Value missing");
    public static readonly DiagnosticDescriptor XsBadDeclaration = new("XL1104", Severity.Error, "Malformed field declaration");
    public static readonly DiagnosticDescriptor XsNestingTooDeep = new("XL1105", Severity.Error, "XanoScript nested too deeply");
    public static readonly DiagnosticDescriptor XsFileTooLarge = new("XL1106", Severity.Error, "XanoScript file larger than 16 MiB");
    public static readonly DiagnosticDescriptor XsNoConstruct = new("XL1107", Severity.Error, "Document without a construct");
    public static readonly DiagnosticDescriptor XsTwoConstructs = new("XL1108", Severity.Error, "Two constructs in one document");
    public static readonly DiagnosticDescriptor XsUnknownStatement = new("XL1120", Severity.Warning, "Unknown statement kept as written");
    public static readonly DiagnosticDescriptor XsUnknownConstruct = new("XL1121", Severity.Warning, "Unknown construct kept as written");
    public static readonly DiagnosticDescriptor XsUnexpectedShape = new("XL1122", Severity.Warning, "Statement of an unexpected shape kept as written");
    public static readonly DiagnosticDescriptor XsNotWritable = new("XL1130", Severity.Error, "Object cannot be written as XanoScript");
}
