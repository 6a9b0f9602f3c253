/// A label in a column of its own, then its value: the one label/value block of every screen.
public enum LabelledValue {
    /// `label` (bold, cut to leave a space) in a column `labelWidth` wide (at most half of `width`),
    /// then `value` wrapped to the rest of `width`, or cut with an ellipsis when `wrap` is false.
    /// An empty value shows `placeholder`, dimmed.
    public static func lines(_ label: String, _ value: String, labelWidth: Int, width: Int, style: Style = .normal,
                             placeholder: String = "-", wrap: Bool = true) -> [StyledText] {
        let lw = min(labelWidth, max(1, width / 2))
        let room = max(1, width - lw)
        let shown = value.isEmpty ? placeholder : value
        let valueStyle = value.isEmpty ? Style(.dim) : style
        let wrapped = wrap ? Wrap.lines(shown, width: room) : [TextWidth.truncate(shown, to: room)]
        return wrapped.enumerated().map { i, line in
            let name = i == 0 ? TextWidth.truncate(label, to: max(0, lw - 1)) : ""
            let pad = String(repeating: " ", count: max(0, lw - TextWidth.of(name)))
            return StyledText([(name + pad, Style(.label, bold: true)), (line, valueStyle)])
        }
    }
}
