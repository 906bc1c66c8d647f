import { render } from "preact";
import { localizePage } from "../lib/i18n";
import { Options } from "./Options";
import "../ui/base.css";
import "./options.css";

localizePage("optionsHeading");

const root = document.getElementById("app");
if (root) render(<Options />, root);
