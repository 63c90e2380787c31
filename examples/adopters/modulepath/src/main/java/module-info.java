/** An adopter's application on the module path: it reads himcert's API module, nothing else. */
module example {
    requires org.himcert;
}
