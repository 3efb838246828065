using System.Text;
using System.Xml;

namespace ChaosBench.Reports.JUnit;

/// <summary>
/// XML 1.0 cannot hold some characters at all, even escaped (NUL, most C0 controls, lone surrogates), and a
/// product's error message may contain them (an ANSI colour code, say). The writer would throw; replace them.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i++, 2);
            }
            else
            {
                clean.Append('\uFFFD');
            }
        }

        return clean.ToString();
    }
}
