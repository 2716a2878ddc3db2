import { describe, expect, it } from 'vitest';
import { FUNCTIONS, type Attributes, type Output } from '@/lib/expr';
import { run } from '../eval/run';

/**
 * One or more rows per function, from the examples in docs/research/entra-expressions.md#functions and Microsoft's
 * function reference where they exist. Expected: the output, { error } for a failed
 * evaluation, { matches } for random output, { flow } for a flow signal.
 */
type Expected =
  Output | { error: string } | { matches: RegExp } | { flow: 'ignore-attribute' | 'ignore-object' };

const ROLES = { appRoleAssignments: ['My Corp Admins'] };
const PROXIES = {
  proxyAddresses: ['SMTP:a@contoso.com', 'smtp:b@contoso.com', 'SMTP:a@contoso.com'],
};

const ROWS: [fn: string, expression: string, attrs: Attributes, expected: Expected][] = [
  [
    'Append',
    'Append([userPrincipalName], ".test")',
    { userPrincipalName: 'john@contoso.com' },
    'john@contoso.com.test',
  ],
  ['Append', 'Append([userPrincipalName], ".test")', {}, '.test'],
  [
    'AppRoleAssignmentsComplex',
    'AppRoleAssignmentsComplex([appRoleAssignments])',
    { appRoleAssignments: ['Admin', 'User'] },
    ['Admin', 'User'],
  ],
  [
    'AssertiveAppRoleAssignmentsComplex',
    'AssertiveAppRoleAssignmentsComplex([appRoleAssignments])',
    { appRoleAssignments: ['Admin'] },
    ['Admin'],
  ],
  [
    'AppRoleAssignments',
    'AppRoleAssignments([appRoleAssignments])',
    { appRoleAssignments: 'Reader' },
    ['Reader'],
  ],
  ['BitAnd', 'BitAnd(&HF, &HF7)', {}, '7'],
  [
    'BitAnd',
    'IIF(BitAnd([userAccountControl], 2) = "0", "Enabled", "Disabled")',
    { userAccountControl: '514' },
    'Disabled',
  ],
  [
    'BitAnd',
    'IIF(BitAnd([userAccountControl], 2) = "0", "Enabled", "Disabled")',
    { userAccountControl: '512' },
    'Enabled',
  ],
  ['CBool', 'CBool([attribute1] = [attribute2])', { attribute1: 'x', attribute2: 'x' }, 'True'],
  ['CBool', 'CBool([attribute1] = [attribute2])', { attribute1: 'x', attribute2: 'X' }, 'False'],
  ['CBool', 'CBool(0)', {}, 'False'],
  ['CDate', 'CDate("2021-06-30+08:00")', {}, '6/29/2021 4:00:00 PM'],
  [
    'CDate',
    'CDate([StatusHireDate])',
    { StatusHireDate: '2012-03-16-07:00' },
    '3/16/2012 7:00:00 AM',
  ],
  ['CDate', 'CDate("not a date")', {}, { error: 'eval.invalid-date' }],
  [
    'Coalesce',
    'Coalesce([mail], [userPrincipalName], "none")',
    { userPrincipalName: 'u@contoso.com' },
    'u@contoso.com',
  ],
  ['Coalesce', 'Coalesce([mail], [userPrincipalName], "none")', {}, 'none'],
  ['Coalesce', 'Coalesce([mail], [userPrincipalName])', {}, null],
  ['Coalesce', 'Coalesce([mail], "none")', { mail: '' }, ''],
  [
    'ConvertFromBase64',
    'ConvertFromBase64("SABlAGwAbABvACAAdwBvAHIAbABkACEA")',
    {},
    'Hello world!',
  ],
  ['ConvertFromBase64', 'ConvertFromBase64("SGVsbG8gd29ybGQh", UTF8)', {}, 'Hello world!'],
  ['ConvertToBase64', 'ConvertToBase64("Hello world!")', {}, 'SABlAGwAbABvACAAdwBvAHIAbABkACEA'],
  ['ConvertToUTF8Hex', 'ConvertToUTF8Hex("Hello world!")', {}, '48656C6C6F20776F726C6421'],
  ['ConvertToUTF8Hex', 'ConvertToUTF8Hex("é")', {}, 'C3A9'],
  ['Count', 'Count([proxyAddresses])', PROXIES, '3'],
  ['Count', 'Count([proxyAddresses])', {}, '0'],
  ['CStr', 'CStr(BitAnd(&HF, &HF7))', {}, '7'],
  ['CStr', 'CStr(IsPresent([jobTitle]))', { jobTitle: 'CEO' }, 'True'],
  [
    'DateAdd',
    'DateAdd("d", 7, CDate([StatusHireDate]))',
    { StatusHireDate: '2012-03-16-07:00' },
    '3/23/2012 7:00:00 AM',
  ],
  ['DateAdd', 'DateAdd("m", 1, CDate("2021-01-31"))', {}, '2/28/2021 12:00:00 AM'],
  ['DateAdd', 'DateAdd("yyyy", -10, CDate("2020-02-29"))', {}, '2/28/2010 12:00:00 AM'],
  [
    'DateDiff',
    'IIF(DateDiff("d", Now(), CDate([StatusHireDate])) > 5, "False", "True")',
    { StatusHireDate: '2021-07-10' },
    'False',
  ],
  [
    'DateDiff',
    'IIF(DateDiff("d", Now(), CDate([StatusHireDate])) > 5, "False", "True")',
    { StatusHireDate: '2021-07-05' },
    'True',
  ],
  ['DateDiff', 'DateDiff("m", CDate("2012-03-16"), CDate("2021-07-02"))', {}, '112'],
  ['DateDiff', 'DateDiff("yyyy", CDate("2021-12-31"), CDate("2022-01-01"))', {}, '1'],
  [
    'DateDiff',
    'DateDiff("d", CDate("2021-07-02T12:00:00Z"), CDate("2021-07-01T13:00:00Z"))',
    {},
    '0',
  ],
  ['DateFromNum', 'DateFromNum(129699324000000000)', {}, '1/1/2012 11:00:00 PM'],
  [
    'DateFromNum',
    'DateFromNum([accountExpires])',
    { accountExpires: '129699324000000000' },
    '1/1/2012 11:00:00 PM',
  ],
  [
    'DefaultDomain',
    'Join("@", [mailNickname], DefaultDomain())',
    { mailNickname: 'john' },
    { error: 'eval.no-default-domain' },
  ],
  ['DNComponent', 'DNComponent([dn], 1)', { dn: 'CN=Joe,OU=Atlanta,DC=contoso,DC=com' }, 'Joe'],
  [
    'DNComponent',
    'DNComponent([dn], 2)',
    { dn: 'CN=Doe\\, Joe,OU=Atlanta,DC=contoso,DC=com' },
    'Atlanta',
  ],
  ['Error', 'Error("Manager is missing")', {}, { error: 'eval.error-function' }],
  [
    'FormatDateTime',
    'FormatDateTime([extensionAttribute1], , "yyyyMMddHHmmss.fZ", "yyyy-MM-dd")',
    { extensionAttribute1: '20150123105347.1Z' },
    '2015-01-23',
  ],
  [
    'FormatDateTime',
    'FormatDateTime([StatusHireDate], , "yyyy-MM-ddzzz", "yyyyMMddHHmmss.fZ")',
    { StatusHireDate: '2021-06-30+08:00' },
    '20210629160000.0Z',
  ],
  [
    'FormatDateTime',
    'FormatDateTime([x], , "M/d/yyyy h:mm:ss tt", "yyyy-MM-dd HH:mm:ss.fff zzz")',
    { x: '7/2/2021 3:33:38 PM' },
    '2021-07-02 15:33:38.000 +00:00',
  ],
  [
    'FormatDateTime',
    'FormatDateTime([x], "yyyyMMdd", "dd.MM.yyyy")',
    { x: '20210702' },
    '02.07.2021',
  ],
  [
    'FormatDateTime',
    'FormatDateTime([x], , "yyyyMMdd", "yyyy-MM-dd")',
    { x: '2021-07-02' },
    { error: 'eval.invalid-date' },
  ],
  [
    'Guid',
    'Guid()',
    {},
    { matches: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/ },
  ],
  [
    'IgnoreFlowIfNullOrEmpty',
    'IgnoreFlowIfNullOrEmpty([country])',
    {},
    { flow: 'ignore-attribute' },
  ],
  [
    'IgnoreFlowIfNullOrEmpty',
    'IgnoreFlowIfNullOrEmpty([country])',
    { country: '' },
    { flow: 'ignore-attribute' },
  ],
  ['IgnoreFlowIfNullOrEmpty', 'IgnoreFlowIfNullOrEmpty([country])', { country: 'NZ' }, 'NZ'],
  [
    'IIF',
    'IIF([country]="USA", [country], [department])',
    { country: 'USA', department: 'Sales' },
    'USA',
  ],
  [
    'IIF',
    'IIF([country]="USA", [country], [department])',
    { country: 'Canada', department: 'Sales' },
    'Sales',
  ],
  [
    'IIF',
    'IIF([country]="USA", [country], [department])',
    { department: 'Sales' },
    { error: 'eval.iif-null-attribute' },
  ],
  ['InStr', 'InStr("repEated", "e", 3, vbBinaryCompare)', {}, '7'],
  ['InStr', 'InStr("repEated", "e", 3, vbTextCompare)', {}, '4'],
  [
    'InStr',
    'IIF(InStr([emailAddress], "@contoso.com") = 0, "", [emailAddress])',
    { emailAddress: 'a@fabrikam.com' },
    '',
  ],
  ['IsNull', 'IsNull([displayName])', {}, 'True'],
  ['IsNull', 'IsNull([displayName])', { displayName: '' }, 'False'],
  ['IsNullOrEmpty', 'IsNullOrEmpty([displayName])', { displayName: '' }, 'True'],
  [
    'IsPresent',
    'Switch(IsPresent([jobTitle]), "Unknown", "True", [jobTitle])',
    { jobTitle: 'CEO' },
    'CEO',
  ],
  ['IsPresent', 'IsPresent([jobTitle])', {}, 'False'],
  ['IsString', 'IsString([employeeId])', { employeeId: '42' }, 'True'],
  ['IsString', 'IsString([employeeId])', {}, 'False'],
  ['IsNothing', 'IsNothing([manager])', {}, 'True'],
  ['Item', 'Item([proxyAddresses], 1)', PROXIES, 'SMTP:a@contoso.com'],
  ['Item', 'Item([proxyAddresses], 0)', PROXIES, { error: 'eval.out-of-range' }],
  [
    'Join',
    'Join(", ", "", [surname], [givenName])',
    { surname: 'Doe', givenName: 'John' },
    'Doe, John',
  ],
  [
    'Join',
    'Join("@", NormalizeDiacritics(StripSpaces(Join(".", [PreferredFirstName], [PreferredLastName]))), "contoso.com")',
    { PreferredFirstName: 'Zoë', PreferredLastName: 'van Ångström' },
    'Zoe.vanAngstrom@contoso.com',
  ],
  [
    'Join',
    'Join("", [title], "(", [urn:ietf:params:scim:schemas:extension:contoso:1.0:User:JobCode], ")")',
    { title: 'Dev', 'urn:ietf:params:scim:schemas:extension:contoso:1.0:User:JobCode': 'D7' },
    'Dev(D7)',
  ],
  ['Left', 'Left("John Doe", 3)', {}, 'Joh'],
  ['Left', 'Left("John Doe", 0)', {}, ''],
  ['Left', 'Left("John Doe", -1)', {}, 'John Doe'],
  ['Left', 'Left("John", 10)', {}, 'John'],
  ['Left', 'Left([missing], 3)', {}, ''],
  ['Len', 'Len(42568.75)', {}, '8'],
  ['Len', 'Len([missing])', {}, '0'],
  ['Mid', 'Mid("John Doe", 3, 5)', {}, 'hn Do'],
  ['Mid', 'Mid([PreferredFirstName], "1", "2")', { PreferredFirstName: 'Alexander' }, 'Al'],
  ['Mid', 'Mid("John", 3, 100)', {}, 'hn'],
  ['Mid', 'Mid("John", 0, 2)', {}, { error: 'eval.argument' }],
  ['NormalizeDiacritics', 'NormalizeDiacritics([givenName])', { givenName: 'Zoë' }, 'Zoe'],
  ['NormalizeDiacritics', 'NormalizeDiacritics("Søren Ærø")', {}, 'Soeren AEroe'],
  ['Not', 'Not([accountEnabled])', { accountEnabled: 'True' }, 'False'],
  ['Not', 'Not([accountEnabled])', { accountEnabled: false }, 'True'],
  ['Now', 'Now()', {}, '7/2/2021 3:33:38 PM'],
  [
    'NumFromDate',
    'NumFromDate(Join("", FormatDateTime([ContractEndDate], , "yyyy-MM-ddzzz", "yyyy-MM-dd"), "T23:59:59-08:00"))',
    { ContractEndDate: '2022-12-31-08:00' },
    '133170335990000000',
  ],
  ['NumFromDate', 'NumFromDate("2012-01-01T23:00:00Z")', {}, '129699324000000000'],
  ['PCase', 'PCase("NEW YORK")', {}, 'New York'],
  [
    'PCase',
    'Replace(PCase("st john\'s hospital"), "\'S", , , "\'s", , )'.replace(/'/g, "'"),
    {},
    "St John's Hospital",
  ],
  ['PCase', 'PCase("HELLO-WORLD foo", " ")', {}, 'Hello-world Foo'],
  ['Prepend', 'Prepend("Dr. ", [displayName])', { displayName: 'Ann Lee' }, 'Dr. Ann Lee'],
  [
    'RandomString',
    'RandomString(6, 3, 0, 0, 3)',
    {},
    { matches: /^(?=(?:.*\d){3})(?=(?:.*[a-z]){3})[\da-z]{6}$/ },
  ],
  ['RandomString', 'RandomString(6, 3, 0, 0, 3, "0123456789")', {}, { error: 'eval.argument' }],
  ['RandomString', 'RandomString(2, 3, 0, 0, 3)', {}, { error: 'eval.argument' }],
  ['Redact', 'Redact([userPassword])', { userPassword: 's3cret' }, 's3cret'],
  [
    'RemoveDuplicates',
    'RemoveDuplicates([proxyAddresses])',
    PROXIES,
    ['SMTP:a@contoso.com', 'smtp:b@contoso.com'],
  ],
  [
    'Replace',
    'Replace([BusinessTitle], "Product Developer", , , "Software Engineer", , )',
    { BusinessTitle: 'Senior Product Developer' },
    'Senior Software Engineer',
  ],
  [
    'Replace',
    'Replace([telephoneNumber], , "\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})", , "${phoneNumber}", , )',
    { telephoneNumber: '+1 4251234567' },
    '4251234567',
  ],
  [
    'SelectUniqueValue',
    'SelectUniqueValue(Join("@", NormalizeDiacritics(StripSpaces([PreferredFirstName])), "contoso.com"), Join("@", NormalizeDiacritics(StripSpaces([PreferredLastName])), "contoso.com"))',
    { PreferredFirstName: 'Jürgen', PreferredLastName: 'Groß' },
    'Jurgen@contoso.com',
  ],
  [
    'SingleAppRoleAssignment',
    'Switch(SingleAppRoleAssignment([appRoleAssignments]), "member", "My Corp Admins", "owner")',
    ROLES,
    'owner',
  ],
  [
    'SingleAppRoleAssignment',
    'Switch(SingleAppRoleAssignment([appRoleAssignments]), "member", "My Corp Admins", "owner")',
    { appRoleAssignments: ['User'] },
    'member',
  ],
  [
    'Split',
    'Split([extensionAttribute5], ",")',
    { extensionAttribute5: 'PermissionSetOne,PermissionSetTwo' },
    ['PermissionSetOne', 'PermissionSetTwo'],
  ],
  [
    'Split',
    'Split([extensionAttribute5], ",")',
    { extensionAttribute5: 'One, Two' },
    ['One', ' Two'],
  ],
  [
    'StringFromSid',
    'StringFromSid([objectSid])',
    { objectSid: 'AQIAAAAAAAUgAAAAIAIAAA==' },
    'S-1-5-32-544',
  ],
  ['StripSpaces', 'StripSpaces("John Doe")', {}, 'JohnDoe'],
  ['Switch', 'Switch([Active], , "1", "False", "0", "True")', { Active: '1' }, 'False'],
  ['Switch', 'Switch([Active], , "1", "False", "0", "True")', { Active: '0' }, 'True'],
  ['Switch', 'Switch([Active], , "1", "False", "0", "True")', { Active: 'yes' }, null],
  [
    'Switch',
    'Switch([state], "Australia/Sydney", "NSW", "Australia/Sydney", "QLD", "Australia/Brisbane", "SA", "Australia/Adelaide")',
    { state: 'QLD' },
    'Australia/Brisbane',
  ],
  [
    'Switch',
    'Switch([state], "Australia/Sydney", "NSW", "Australia/Sydney", "QLD", "Australia/Brisbane", "SA", "Australia/Adelaide")',
    { state: 'qld' },
    'Australia/Sydney',
  ],
  ['Switch', 'Switch([country], [country], "", "Other")', {}, 'Other'],
  ['Switch', 'Switch([x], "d", "k1")', { x: 'a' }, { error: 'eval.arity' }],
  ['ToLower', 'ToLower("JOHN DOE")', {}, 'john doe'],
  ['ToLower', 'ToLower("ISTANBUL", "tr-TR")', {}, 'ıstanbul'],
  ['ToUpper', 'ToUpper("john doe")', {}, 'JOHN DOE'],
  ['ToUpper', 'ToUpper("istanbul", "tr-TR")', {}, 'İSTANBUL'],
  ['Trim', 'Trim([displayName])', { displayName: '\u00a0 John Doe \t' }, 'John Doe'],
  ['Word', 'Word("The quick brown fox", 3, " ")', {}, 'brown'],
  ['Word', 'Word("This,string!has&many separators", 3, ",!&#")', {}, 'has'],
  ['Word', 'Word("The quick", 5, " ")', {}, ''],
];

describe('every function, by example', () => {
  it.each(ROWS)('%s: %s', (_fn, expression, attrs, expected) => {
    const result = run(expression, attrs);
    if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
      if ('error' in expected) {
        expect(result.ok ? result.value : result.error.code).toBe(expected.error);
      } else if ('matches' in expected) {
        expect(result.ok && typeof result.value === 'string' ? result.value : result).toMatch(
          expected.matches,
        );
      } else {
        expect(result).toEqual({ ok: true, value: null, flow: expected.flow });
      }
      return;
    }
    expect(result.ok ? result.value : result.error).toEqual(expected);
  });

  it('covers every function in the table', () => {
    const covered = new Set(ROWS.map(([fn]) => fn));
    const missing = FUNCTIONS.map((f) => f.name).filter((name) => !covered.has(name));
    expect(missing).toEqual([]);
  });

  it('DefaultDomain uses the tenant domain when it is known', () => {
    const result = run(
      'Join("@", [mailNickname], DefaultDomain())',
      { mailNickname: 'john' },
      {
        defaultDomain: 'contoso.com',
      },
    );
    expect(result).toEqual({ ok: true, value: 'john@contoso.com' });
  });
});
